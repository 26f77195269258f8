package org.policylod.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Makes a release visible in one step: the release is written in {@code releases/V.tmp}, renamed to
 * {@code releases/V}, and {@code current} is replaced by a new symbolic link in one atomic rename,
 * so readers see either the old release or the new one, whole.
 */
final class ReleaseSwitch {
    static final String TMP = ".tmp";
    static final String LOCK = ".publish.lock";

    private ReleaseSwitch() {
    }

    /** A held lock on a publication folder. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** Holds the publication folder for one publish; a second publish into it fails clearly. */
    static Held lock(Publication p) throws IOException {
        Files.createDirectories(p.dir());
        FileChannel ch = FileChannel.open(p.dir().resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            throw new IOException(p.dir() + ": another publish is writing to this folder");
        }
        FileLock held = lock;
        return () -> {
            held.release();
            ch.close();
        };
    }

    /**
     * A fresh, empty folder to write release {@code version} into. Half-written releases that
     * crashed runs left behind go first (the lock says no other publish is writing one).
     */
    static Path begin(Publication p, String version) throws IOException {
        Files.createDirectories(p.releases());
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(p.releases(), "*" + TMP)) {
            for (Path old : leftovers) {
                delete(old);
            }
        }
        Path tmp = p.releases().resolve(version + TMP);
        Files.createDirectories(tmp);
        return tmp;
    }

    /** Renames the written folder to its release name, then points {@code current} at it. */
    static void commit(Publication p, Path tmp, String version) throws IOException {
        Files.move(tmp, p.release(version).dir(), StandardCopyOption.ATOMIC_MOVE);
        point(p, version);
    }

    /**
     * Makes the written folder release {@code version} and points {@code current} at it; when that
     * release exists already (the same content loaded again) the folder is dropped and the existing
     * release becomes current. Returns the release's folder.
     */
    static Path install(Publication p, Path tmp, String version) throws IOException {
        Path dir = p.release(version).dir();
        if (Files.isDirectory(dir)) {
            delete(tmp);
            point(p, version);
        } else {
            commit(p, tmp, version);
        }
        return dir;
    }

    /** Points {@code current} at release {@code version}: a new link renamed over the old one. */
    static void point(Publication p, String version) throws IOException {
        Path link = p.dir().resolve(Publication.CURRENT);
        Path next = p.dir().resolve(Publication.CURRENT + TMP);
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, Path.of(Publication.RELEASES, version));
        Files.move(next, link, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes {@code dir} and everything under it, if it exists. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
