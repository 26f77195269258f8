package org.policylod.publish;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.policylod.publish.DocumentOutcome.Reason;
import org.policylod.source.InputException;

/**
 * The documents of a sharded ETL's output ({@code results/part-NNNNN.tsv} next to
 * {@code shards/part-NNNNN.nq}, the published documents' quads in the rows' order, as many as each
 * row says), and which of them the load holds back although each passed the gate alone: as
 * {@link Batch} does for {@code publish}, a later file giving the graph of an earlier one
 * (duplicate), and the documents that break a {@link CrossDocument} rule next to an earlier one
 * (conflict). The shards are streamed, twice when some resource is spoken of by two documents;
 * nothing but the rules' bookkeeping is kept.
 */
final class ShardConflicts {
    /** One row of the results: file, published or held-back, graph, quads, reason. */
    record Row(String file, String status, String graph, long quads, String reason) {
        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            return new Row(f[0], f[1], f[2], f[3].isEmpty() ? 0 : Long.parseLong(f[3]), f.length > 4 ? f[4] : "");
        }

        boolean published() {
            return "published".equals(status);
        }

        Row heldBack(Reason why, String message) {
            return new Row(file, "held-back", graph, quads, why + ": " + message);
        }

        String line() {
            return file + '\t' + status + '\t' + graph + '\t' + quads + '\t' + reason.replaceAll("\\s+", " ").strip();
        }
    }

    /** One quad of document {@code doc} (numbered over the published rows, in order). */
    @FunctionalInterface
    interface DocumentQuad {
        void quad(int doc, Quad q);
    }

    private final List<Path> shards;
    /** Per shard, the indexes (into {@link #rows}) of its published rows, in order. */
    private final List<List<Integer>> published;
    private final List<Row> rows;
    /** Per row index, the document number (over all published rows), or -1. */
    private final int[] document;
    private final boolean[] held;

    private ShardConflicts(List<Path> shards, List<List<Integer>> published, List<Row> rows) {
        this.shards = shards;
        this.published = published;
        this.rows = rows;
        this.document = new int[rows.size()];
        this.held = new boolean[rows.size()];
        int d = 0;
        for (int i = 0; i < rows.size(); i++) {
            document[i] = rows.get(i).published() ? d++ : -1;
        }
    }

    /** Reads the results of {@code job}; each shard's results must sit next to it. */
    static ShardConflicts read(Path job) throws IOException, InputException {
        List<Path> shards = list(job.resolve(ShardLoader.SHARDS), ".nq");
        List<List<Integer>> published = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Path shard : shards) {
            String name = shard.getFileName().toString();
            Path results = job.resolve(ShardLoader.RESULTS).resolve(name.substring(0, name.length() - 3) + ".tsv");
            if (!Files.isRegularFile(results)) {
                throw new InputException(results, 0, "missing: the results of shard " + shard);
            }
            List<Integer> mine = new ArrayList<>();
            for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
                Row r = Row.parse(line);
                if (r.published()) {
                    mine.add(rows.size());
                }
                rows.add(r);
            }
            published.add(mine);
        }
        return new ShardConflicts(shards, published, rows);
    }

    static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /**
     * Holds back duplicates and conflicts, as {@code publish} would in this order of files.
     *
     * @throws InputException when documents break a rule together and none of them can be held back
     *                        for it ({@code publish} would publish nothing)
     */
    void holdBack(CrossDocument rules) throws IOException, InputException {
        Map<String, Integer> byGraph = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.published()) {
                Integer earlier = byGraph.putIfAbsent(r.graph(), i);
                if (earlier != null) {
                    hold(i, Reason.DUPLICATE, r.file() + ": holds the same document as " + rows.get(earlier).file()
                            + " (both give the graph " + r.graph() + ")");
                }
            }
        }
        while (true) {
            CrossDocumentScan scan = rules.scan();
            stream((doc, q) -> scan.first(doc, q.getSubject(), q.getPredicate(), q.getObject()));
            if (scan.needsSecondPass()) {
                stream((doc, q) -> scan.second(doc, q.getSubject(), q.getPredicate(), q.getObject()));
            }
            CrossDocument.Outcome o = scan.outcome();
            if (o.heldBack().isEmpty()) {
                if (!o.unresolved().isEmpty()) {
                    throw new InputException(shards.isEmpty() ? Path.of(ShardLoader.SHARDS) : shards.get(0).getParent(),
                            0, "the documents break the shapes together and no document can be held back for it: "
                                    + String.join("; ", o.unresolved()));
                }
                return;
            }
            Map<Integer, Integer> rowOf = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                rowOf.put(document[i], i);
            }
            o.heldBack().forEach((doc, c) -> {
                int i = rowOf.get(doc);
                hold(i, Reason.CONFLICT, Batch.conflict(rows.get(i).file(), rows.get(rowOf.get(c.keeper())).file(),
                        c.focus(), c.message()));
            });
        }
    }

    ShardLoader.Check check() {
        List<String> heldBack = new ArrayList<>();
        long published = 0;
        for (int i = 0; i < rows.size(); i++) {
            published += rows.get(i).published() ? 1 : 0;
            if (held[i]) {
                heldBack.add(rows.get(i).reason());
            }
        }
        return new ShardLoader.Check(rows.size(), published, heldBack);
    }

    boolean anyHeldBack() {
        for (boolean h : held) {
            if (h) {
                return true;
            }
        }
        return false;
    }

    private void hold(int row, Reason why, String message) {
        held[row] = true;
        rows.set(row, rows.get(row).heldBack(why, message));
    }

    /** Every quad of the documents still published, with its document number, in order. */
    void stream(DocumentQuad into) throws IOException, InputException {
        for (int k = 0; k < shards.size(); k++) {
            Path shard = shards.get(k);
            List<Integer> mine = published.get(k);
            long[] seen = {0};
            int[] at = {0};
            long[] end = {mine.isEmpty() ? 0 : rows.get(mine.get(0)).quads()};
            StreamRDF s = new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    while (at[0] < mine.size() && seen[0] >= end[0]) {
                        at[0]++;
                        end[0] += at[0] < mine.size() ? rows.get(mine.get(at[0])).quads() : 0;
                    }
                    seen[0]++;
                    int row = at[0] < mine.size() ? mine.get(at[0]) : -1;
                    if (row < 0) {
                        throw new IllegalStateException("more quads than its results count");
                    }
                    if (!held[row]) {
                        into.quad(document[row], q);
                    }
                }
            };
            try {
                RDFParser.source(shard).parse(s);
            } catch (IllegalStateException e) {
                throw new InputException(shard, 0, e.getMessage() + " (" + seen[0] + " quads read)");
            }
            long expected = mine.stream().mapToLong(i -> rows.get(i).quads()).sum();
            if (seen[0] != expected) {
                throw new InputException(shard, 0, seen[0] + " quads, but its results count " + expected);
            }
        }
    }

    /** The release's documents.tsv: every row, with the load's own hold-backs; returns {documents, published}. */
    long[] write(Path into) throws IOException {
        long[] n = {rows.size(), 0};
        try (Writer w = Files.newBufferedWriter(into, StandardCharsets.UTF_8)) {
            w.write("file\tstatus\tgraph\tquads\treason\n");
            for (Row r : rows) {
                n[1] += r.published() ? 1 : 0;
                w.write(r.line());
                w.write('\n');
            }
        }
        return n;
    }

    /** The ontology graph of the job, for the class hierarchy of the rules. */
    static Graph ontology(Path job) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.source(job.resolve(ShardLoader.ONTOLOGY)).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                g.add(q.asTriple());
            }
        });
        return g;
    }
}
