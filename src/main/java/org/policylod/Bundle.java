package org.policylod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The project's knowledge files (ontology/, shapes/, queries/, fuseki-config/, corpus/) as bundled on
 * the class path: the build copies the top-level folders into the jar, so a jar run anywhere has them.
 */
public final class Bundle {
    private Bundle() {
    }

    /** Opens a bundled file, e.g. {@code ontology/policy-lod.ttl}. */
    public static InputStream open(String path) {
        InputStream in = Bundle.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("bundled file missing from the class path: " + path);
        }
        return in;
    }

    public static boolean exists(String path) {
        return Bundle.class.getClassLoader().getResource(path) != null;
    }

    public static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundled files directly inside {@code folder} whose names end with {@code suffix}, sorted by
     * name, as class-path paths ({@code folder/name}).
     */
    public static List<String> list(String folder, String suffix) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        List<String> found = new ArrayList<>();
        try {
            Path root = Path.of(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                Path dir = root.resolve(prefix);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.filter(Files::isRegularFile)
                                .map(p -> prefix + p.getFileName())
                                .filter(n -> n.endsWith(suffix))
                                .forEach(found::add);
                    }
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String name = e.nextElement().getName();
                        if (name.startsWith(prefix) && name.endsWith(suffix)
                                && name.indexOf('/', prefix.length()) < 0) {
                            found.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        found.sort(null);
        return found;
    }
}
