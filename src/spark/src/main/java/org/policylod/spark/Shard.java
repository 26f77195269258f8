package org.policylod.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.policylod.publish.ShardLoader;

/**
 * One Spark partition's output: {@code shards/part-NNNNN.nq} (the named graphs of its published
 * documents, each graph's lines sorted), {@code results/part-NNNNN.tsv} (one row per document) and
 * {@code reference/part-NNNNN.nq} (the reference data those documents use, in the reference graph
 * {@code graph}; the loader merges the partitions' sets). Each file is written
 * under a temporary name and renamed, so a retried or speculative task replaces a whole file.
 */
final class Shard {
    /** What one partition did. */
    record Counts(int partition, long documents, long published, long quads) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private Shard() {
    }

    /** Documents whose reference data is computed together (bounds the graphs held in memory). */
    static final int REFERENCE_BATCH = 100;

    static Counts write(int partition, Iterator<String> files, PerDocument work, Path out, String graph) {
        String name = String.format("part-%05d", partition);
        long documents = 0;
        long published = 0;
        long quads = 0;
        Set<String> reference = new TreeSet<>();
        List<Model> batch = new ArrayList<>();
        try (Output nq = new Output(out.resolve(ShardLoader.SHARDS).resolve(name + ".nq"));
             Output tsv = new Output(out.resolve(ShardLoader.RESULTS).resolve(name + ".tsv"))) {
            while (files.hasNext()) {
                Path file = Path.of(files.next());
                Result r = work.apply(file.toString(), Files.readAllBytes(file));
                documents++;
                if (r.published()) {
                    published++;
                    quads += r.quads().size();
                    for (String l : r.quads()) {
                        nq.line(l);
                    }
                    batch.add(r.model());
                    if (batch.size() == REFERENCE_BATCH) {
                        reference.addAll(work.reference(graph, batch));
                        batch.clear();
                    }
                }
                tsv.line(r.row());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!batch.isEmpty()) {
            reference.addAll(work.reference(graph, batch));
        }
        try (Output ref = new Output(out.resolve(ShardLoader.REFERENCE).resolve(name + ".nq"))) {
            for (String l : reference) {
                ref.line(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(partition, documents, published, quads);
    }

    /** A text file written under a temporary name and moved into place when closed. */
    private static final class Output implements AutoCloseable {
        private final Path file;
        private final Path tmp;
        private final Writer w;

        Output(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            this.file = file;
            this.tmp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().getId() + ".tmp");
            this.w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        }

        void line(String s) throws IOException {
            w.write(s);
            w.write('\n');
        }

        @Override
        public void close() throws IOException {
            w.close();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
