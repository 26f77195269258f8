package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policylod.publish.Publication;
import org.policylod.serve.eval.Data;

/**
 * The rewrites over real HTTP: the server (cache off) on a publication with the rewrites' test data,
 * from memory and from TDB2, answers each query shape they change as plain ARQ does on the same data.
 */
class EvaluationEndpointTest {
    private static final String PREFIX = "PREFIX ex: <" + Data.EX + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final List<String> QUERIES = List.of(
            "SELECT ?doc ?date ?label { ?doc a ex:Document ; ex:date ?date OPTIONAL { ?doc ex:concernsMission ?m . ?m rdfs:label ?label } }"
                    + " ORDER BY DESC(?date) LIMIT 17",
            "SELECT ?doc ?date ?label { ?doc a ex:Document ; ex:date ?date OPTIONAL { ?doc ex:concernsMission ?m . ?m rdfs:label ?label } }"
                    + " ORDER BY ?date ?doc LIMIT 5 OFFSET 30",
            "SELECT ?m ?doc { ?m a ex:Mission OPTIONAL { SELECT ?m ?doc { ?doc ex:concernsMission ?m ; ex:date ?date"
                    + " OPTIONAL { ?doc ex:hasFootnote ?fn } } ORDER BY ?date ?doc LIMIT 2 } } ORDER BY ?m ?doc",
            "SELECT ?fn ?text { ?fn a ex:Footnote ; ex:text ?text FILTER regex(?text, \"frontex [a-z0-9]+ readmission\", \"i\") }",
            "SELECT ?fn { ?fn ex:text ?text FILTER CONTAINS(?text, \"w12 \") }",
            "SELECT ?fn { ?fn a ex:Footnote ; ex:text ?text FILTER regex(?text, \"mission\", \"i\") }",
            "SELECT ?m (COUNT(?doc) AS ?n) { ?doc a ex:Document ; ex:concernsMission ?m } GROUP BY ?m");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"memory", "tdb2"})
    void answersAsPlainArq(String mode) throws Exception {
        Fixture.write(dir, Data.trig());
        DatasetGraph plain = plain(Files.readString(dir.resolve("current/dumps/policy-lod.nq")));
        String before = System.getProperty(ReleaseData.MODE);
        System.setProperty(ReleaseData.MODE, mode);
        Snapshot snapshot = Snapshot.of(Publication.at(dir).current().orElseThrow());
        try (PublicServer server = PublicServer.start(snapshot, "127.0.0.1", 0, new Settings(0, Optional.empty()))) {
            DatasetGraph served = server.fuseki().getDataAccessPointRegistry().get(Site.SPARQL).getDataService().getDataset();
            assertNotNull(served.getContext().get(ARQConstants.sysOptimizerFactory), "the rewrites are not registered");
            Http http = new Http(server.url());
            for (String q : QUERIES) {
                var r = http.send("POST", "/sparql", "application/x-www-form-urlencoded", "query=" + Http.enc(PREFIX + q),
                        "Accept", "application/sparql-results+json");
                assertEquals(200, r.statusCode(), r.body());
                ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
                boolean ordered = QueryFactory.create(PREFIX + q).hasOrderBy();
                assertEquals(rows(RowSet.adapt(rs), ordered), rows(QueryExec.dataset(plain).query(PREFIX + q).select(), ordered), mode + ": " + q);
            }
        } finally {
            if (before == null) {
                System.clearProperty(ReleaseData.MODE);
            } else {
                System.setProperty(ReleaseData.MODE, before);
            }
        }
    }

    /** The dump as a release is served: the union of its named graphs as the default graph. */
    private static DatasetGraph plain(String nquads) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dsg);
        Graph union = new GraphMem2Fast();
        dsg.find().forEachRemaining((Quad q) -> {
            if (!q.isDefaultGraph()) {
                union.add(q.asTriple());
            }
        });
        return DatasetGraphFactory.wrap(union);
    }

    private static List<String> rows(RowSet rs, boolean ordered) {
        List<String> out = new ArrayList<>();
        var vars = rs.getResultVars();
        rs.forEachRemaining(b -> {
            StringBuilder s = new StringBuilder();
            vars.forEach(v -> s.append(v).append('=').append(b.get(v)).append(' '));
            out.add(s.toString());
        });
        return ordered ? out : out.stream().sorted().toList();
    }
}
