package org.policylod.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.policylod.source.InputException;
import org.policylod.source.SourceDocument;
import org.policylod.source.SourceReader;

/** The documents named on the command line: files as given, folders as their {@code *.txt}, sorted. */
public final class Sources {
    public static final String SUFFIX = ".txt";

    private Sources() {
    }

    /** The files that {@code args} name, in order; a folder contributes its documents sorted by name. */
    public static List<Path> expand(List<Path> args) throws InputException {
        List<Path> files = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                List<Path> inside;
                try (Stream<Path> list = Files.list(arg)) {
                    inside = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .toList();
                } catch (IOException e) {
                    throw new InputException(arg, 0, "cannot list the folder: " + e.getMessage(), e);
                }
                if (inside.isEmpty()) {
                    throw new InputException(arg, 0, "the folder holds no " + SUFFIX + " document");
                }
                files.addAll(inside);
            } else if (Files.exists(arg)) {
                files.add(arg);
            } else {
                throw new InputException(arg, 0, "no such file or folder");
            }
        }
        return files;
    }

    /** Reads every file that {@code args} name; the first bad one stops the run. */
    public static List<SourceDocument> read(List<Path> args) throws InputException {
        List<SourceDocument> docs = new ArrayList<>();
        for (Path f : expand(args)) {
            docs.add(SourceReader.read(f));
        }
        return docs;
    }
}
