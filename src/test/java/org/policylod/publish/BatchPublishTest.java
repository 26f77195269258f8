package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.DocumentOutcome.Published;
import org.policylod.publish.DocumentOutcome.Reason;
import org.policylod.validate.Gate;
import org.policylod.validate.Verdict;

/**
 * A batch whose documents conform alone but not together: the publisher holds back the later one
 * and publishes the rest, with the whole validated again; and real texts that cite one act in two
 * forms, which conform together.
 */
class BatchPublishTest {
    static final String MISSION = Fixture.BASE + "id/mission/eubam-libya";

    @TempDir
    Path dir;

    @Test
    void aDocumentThatConflictsWithAnEarlierOneIsHeldBack() throws Exception {
        DocumentGate gate = DocumentGate.create(Fixture.BASE, Fixture.TIME);
        Published seed = assertInstanceOf(Published.class, gate.check(SeedVariants.SEED));
        Path otherFile = SeedVariants.renumbered(dir);
        Published other = assertInstanceOf(Published.class, gate.check(otherFile));
        Batch batch = Batch.of(List.of(seed, other), gate.etl(), Fixture.BASE);

        // The real gate, plus one cross-document rule: the two documents may not both name the mission.
        Gate real = Gate.create(Fixture.BASE);
        Node second = NodeFactory.createURI(Fixture.BASE + "id/document/st-12494-2022");
        List<Boolean> together = new ArrayList<>();
        Function<Graph, Verdict> rule = g -> {
            boolean both = g.contains(second, Node.ANY, Node.ANY);
            together.add(both);
            return both ? violation() : real.check(g);
        };
        Path pub = dir.resolve("pub");
        Publisher.Outcome o = new Publisher(Publication.at(pub), Fixture.BASE, Fixture.TIME, rule).publish(batch);

        assertEquals(List.of(true, false), together, "the whole is validated again without the held-back document");
        assertEquals(Publisher.Status.PUBLISHED, o.status());
        assertEquals(1, o.heldBack().size());
        assertEquals(Reason.CONFLICT, o.heldBack().get(0).reason());
        assertEquals(otherFile + ": conflicts with " + SeedVariants.SEED + " on <" + MISSION + ">: one mission per corpus",
                o.heldBack().get(0).message());
        DatasetGraph released = RDFDataMgr.loadDatasetGraph(o.where().resolve("dumps/policy-lod.nq").toString());
        List<String> graphs = new ArrayList<>();
        released.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        graphs.sort(null);
        assertEquals(List.of(Fixture.BASE + Assembly.ONTOLOGY_GRAPH, Fixture.BASE + Assembly.REFERENCE_GRAPH,
                seed.graph().graphIri()), graphs);
        String reason = Files.readString(pub.resolve("held-back/other/reason.txt"));
        assertTrue(reason.startsWith("file: " + otherFile + "\nreason: conflict\n"), reason);
    }

    /**
     * Two real texts cite Council Regulation (EU) No 1053/2013, one with its author ("Article 22 of
     * Council Regulation (EU) No 1053/2013", the Commission's report COM(2020) 779), one without
     * ("repealing Regulation (EU) No 1053/2013", the proposal COM(2021) 278, twice): published
     * together, the act is one resource with one eli:id_local, and each text's form stays on its
     * mentions.
     */
    @Test
    void oneActCitedInTwoFormsByTwoRealTextsIsOneResource() throws Exception {
        Path proposal = Path.of("src/test/resources/acceptance/dev/35-com-2021-278-schengen-evaluation-proposal.txt");
        Path report = Path.of("src/test/resources/acceptance/dev/36-com-2020-779-schengen-evaluation-report.txt");
        DocumentGate gate = DocumentGate.create(Fixture.BASE, Fixture.TIME);
        Published first = assertInstanceOf(Published.class, gate.check(proposal));
        Published second = assertInstanceOf(Published.class, gate.check(report));
        Batch batch = Batch.of(List.of(first, second), gate.etl(), Fixture.BASE);
        Gate real = Gate.create(Fixture.BASE);
        Publisher.Outcome o = new Publisher(Publication.at(dir.resolve("pub")), Fixture.BASE, Fixture.TIME, real::check)
                .publish(batch);

        assertEquals(Publisher.Status.PUBLISHED, o.status());
        assertEquals(List.of(), o.heldBack(), "neither text conflicts with the other");
        Dataset released = RDFDataMgr.loadDataset(o.where().resolve("dumps/policy-lod.nq").toString());
        String act = "<" + Fixture.BASE + "id/document/regulation-2013-1053>";
        assertEquals(List.of("Regulation (EU) No 1053/2013"), strings(released,
                "SELECT DISTINCT ?v { GRAPH ?g { " + act + " eli:id_local ?v } }"), "one identifier in both graphs");
        assertEquals(List.of(first.graph().graphIri(), second.graph().graphIri()).stream().sorted().toList(),
                strings(released, "SELECT DISTINCT ?v { GRAPH ?v { " + act + " eli:id_local ?id } }"),
                "both texts describe the one resource");
        assertEquals(List.of("Council Regulation (EU) No 1053/2013", "Regulation (EU) No 1053/2013",
                        "Regulation (EU) No 1053/2013"),
                strings(released, "SELECT ?v { GRAPH ?g { ?m plo:refersTo " + act + " ; oa:exact ?v } }"),
                "each text's form of the citation stays on its mentions");
    }

    /** The values of ?v, as strings, sorted. */
    private static List<String> strings(Dataset ds, String select) {
        String query = "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#>"
                + " PREFIX plo: <https://w3id.org/policy-lod/ontology#> " + select;
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> out.add(row.get("v").isLiteral()
                    ? row.getLiteral("v").getLexicalForm() : row.getResource("v").getURI()));
        }
        out.sort(null);
        return out;
    }

    private static Verdict violation() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                [] a sh:ValidationReport ; sh:conforms false ;
                   sh:result [ a sh:ValidationResult ; sh:resultSeverity sh:Violation ; sh:focusNode <%s> ;
                       sh:sourceConstraintComponent sh:SPARQLConstraintComponent ;
                       sh:sourceShape <https://w3id.org/policy-lod/shapes#OneMission> ;
                       sh:resultMessage "one mission per corpus" ] .
                """.formatted(MISSION), Lang.TURTLE).parse(m);
        return new Verdict(false, 1, 0, m.getGraph(), "1 violation");
    }
}
