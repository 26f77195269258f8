package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every TDB2 loader the bulk load can use builds the same database from the same files. */
class BulkLoaderTest {
    @TempDir
    Path dir;

    @Test
    void eachLoaderLoadsTheSameQuads() throws Exception {
        Path nq = dir.resolve("data.nq");
        Files.writeString(nq, """
                <urn:s1> <urn:p> "a" <urn:g1> .
                <urn:s1> <urn:p> <urn:o> <urn:g1> .
                <urn:s2> <urn:p> "b"@en <urn:g2> .
                <urn:s2> <urn:p> "b"@en <urn:g2> .
                _:x <urn:p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <urn:g2> .
                """);
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(nq.toString(), Lang.NQUADS);
        for (BulkLoader loader : BulkLoader.values()) {
            Path db = dir.resolve(loader.label());
            assertEquals(4, loader.load(db, List.of(nq)), loader + ": distinct quads");
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
            try {
                Txn.executeRead(dsg, () -> assertTrue(IsoMatcher.isomorphic(expected, dsg), loader + " loads other quads"));
            } finally {
                TDBInternal.expel(dsg);
            }
        }
    }

    @Test
    void theLoaderIsNamedInAnyCaseAndAnUnknownNameIsRefused() {
        assertEquals(BulkLoader.XLOADER, BulkLoader.of(" XLoader "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BulkLoader.of("fast"));
        assertTrue(e.getMessage().contains("parallel, phased, light, xloader"), e.getMessage());
    }
}
