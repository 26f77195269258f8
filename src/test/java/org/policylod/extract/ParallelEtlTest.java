package org.policylod.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.SourceDocument;
import org.policylod.source.SourceReader;

/**
 * One Etl shared by several threads gives every document the graph and the warnings it gives when
 * run alone: the passes keep no per-document state between calls.
 */
class ParallelEtlTest {
    private static final int THREADS = 4;

    @Test
    void documentsInParallelGiveTheGraphsOfSequentialRuns() throws Exception {
        List<SourceDocument> docs = new ArrayList<>();
        String seed = Files.readString(SeedTest.SEED, StandardCharsets.UTF_8);
        for (Path p : List.of(SeedTest.SEED, WrittenDocumentsTest.COUNCIL_NOTE_FILE, WrittenDocumentsTest.EEAS_ONLY_FILE)) {
            docs.add(SourceReader.read(p));
        }
        for (int n = 0; n < 6; n++) {
            // the seed renumbered (as the ETL bench does), so that documents differ in identifiers and dates
            String text = seed.replace("12493/22", (10000 + n) + "/22").replace("EEAS(2022) 1466", "EEAS(2022) " + (2000 + n))
                    .replace("15 September 2022", (1 + n) + " September 2022");
            docs.add(SourceReader.decode(Path.of("variant-" + n + ".txt"), "variant-" + n + ".txt",
                    text.getBytes(StandardCharsets.UTF_8)));
        }
        Etl etl = Golden.etl();
        List<DocumentGraph> alone = new ArrayList<>();
        for (SourceDocument d : docs) {
            alone.add(etl.transform(d));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<DocumentGraph>> together = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (SourceDocument d : docs) {
                    together.add(pool.submit(() -> etl.transform(d)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                DocumentGraph expected = alone.get(i % docs.size());
                DocumentGraph actual = together.get(i).get();
                assertEquals(expected.graphIri(), actual.graphIri());
                assertEquals(expected.warnings(), actual.warnings(), expected.graphIri());
                assertTrue(expected.model().isIsomorphicWith(actual.model()), "graph differs: " + expected.graphIri());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
