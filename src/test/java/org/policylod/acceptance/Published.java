package org.policylod.acceptance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policylod.publish.Publication;

/**
 * What a publication folder publishes, read as a user of its dumps reads it: the current release's
 * N-Quads dump, with the union of the named graphs as default graph (as the server queries it).
 * Everything is found through the source file's name ({@code plo:fileName}), never through a
 * minted URI, so the measures survive changes of the URI rules.
 */
final class Published {
    static final String ORG = "http://www.w3.org/ns/org#Organization";
    static final String MISSION = "https://w3id.org/policy-lod/ontology#CsdpMission";
    private static final Path MEASURE = Gold.ROOT.resolve("measure");
    private static final String ENDED = "http://www.w3.org/ns/prov#endedAtTime";

    private final Dataset dataset;

    private Published(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The current release of publication {@code dir}, or empty when it has none. */
    static Optional<Published> of(Path dir) throws IOException {
        Path nq = dir.resolve(Publication.CURRENT).resolve("dumps").resolve("policy-lod.nq");
        if (!Files.exists(nq)) {
            return Optional.empty();
        }
        DatasetGraph named = RDFDataMgr.loadDatasetGraph(nq.toString());
        DatasetGraph view = DatasetGraphFactory.createGeneral(named.getUnionGraph());
        named.listGraphNodes().forEachRemaining(g -> view.addGraph(g, named.getGraph(g)));
        return Optional.of(new Published(DatasetFactory.wrap(view)));
    }

    /** What the publication says of the text read from source file {@code file}. */
    record Found(boolean published, Set<String> ownCelex, Set<String> ownIds, Set<String> cited,
            Set<String> bodyNames, Set<String> missionNames) {
        static final Found NOTHING = new Found(false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    Found find(String file) throws IOException {
        if (graph(file) == null) {
            return Found.NOTHING;
        }
        Set<String> ownCelex = new LinkedHashSet<>();
        Set<String> ownIds = new LinkedHashSet<>();
        select("documents.rq", file, null, s -> {
            if (s.contains("celex")) {
                ownCelex.add(s.getLiteral("celex").getLexicalForm());
            }
            if (s.contains("identifier")) {
                ownIds.add(s.getLiteral("identifier").getLexicalForm());
            }
        });
        Set<String> cited = new LinkedHashSet<>();
        select("cited-celex.rq", file, null, s -> cited.add(s.getLiteral("celex").getLexicalForm()));
        return new Found(true, ownCelex, ownIds, cited, names(file, ORG), names(file, MISSION));
    }

    private Set<String> names(String file, String top) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        select("entities.rq", file, top, s -> names.add(s.getLiteral("name").getLexicalForm()));
        return names;
    }

    /** The named graph of source file {@code file}, without its publication time; null when absent. */
    Graph graph(String file) {
        String q = "PREFIX plo: <https://w3id.org/policy-lod/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "SELECT ?graph WHERE { GRAPH ?graph { ?graph prov:wasDerivedFrom ?source } ?source plo:fileName ?file }";
        ParameterizedSparqlString p = new ParameterizedSparqlString(q);
        p.setLiteral("file", file);
        Node name;
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(p.asQuery()).build()) {
            var rows = qe.execSelect();
            if (!rows.hasNext()) {
                return null;
            }
            name = rows.next().getResource("graph").asNode();
        }
        Graph copy = GraphFactory.createDefaultGraph();
        Node ended = NodeFactory.createURI(ENDED);
        dataset.asDatasetGraph().getGraph(name).find()
                .filterDrop(t -> t.getPredicate().equals(ended)).forEach(copy::add);
        return copy;
    }

    /** The rows of {@code queries/...} as the user-facing queries give them. */
    Dataset dataset() {
        return dataset;
    }

    private void select(String query, String file, String top, Consumer<QuerySolution> row) throws IOException {
        ParameterizedSparqlString p = new ParameterizedSparqlString(
                Files.readString(MEASURE.resolve(query), StandardCharsets.UTF_8));
        p.setLiteral("file", file);
        if (top != null) {
            p.setIri("top", top);
        }
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(p.asQuery()).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }
}
