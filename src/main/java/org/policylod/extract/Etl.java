package org.policylod.extract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.policylod.Version;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.model.Layer;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Stated;
import org.policylod.extract.model.Warnings;
import org.policylod.extract.read.Structure;
import org.policylod.extract.recognise.Recogniser;
import org.policylod.extract.recognise.Recognition;
import org.policylod.extract.write.Body;
import org.policylod.extract.write.Documents;
import org.policylod.extract.write.GraphWriter;
import org.policylod.extract.write.References;
import org.policylod.rdf.DocumentGraph;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;
import org.policylod.rdf.Vocab;
import org.policylod.source.InputException;
import org.policylod.source.SourceDocument;
import org.policylod.source.SourceReader;

/**
 * The ETL: a source document to its named graph. Created once per publication (it loads the
 * reference data and builds the recognisers), then used for every document; thread-safe.
 */
public final class Etl {
    private static volatile Knowledge shared;

    private final String base;
    private final Instant time;
    private final Knowledge knowledge;
    private final Recognition recognition;
    /* Read by every reference(...) call, from any thread; never written after construction. */
    private final References.Curated curated;

    private Etl(String base, Instant time, Knowledge knowledge) {
        this.base = base;
        this.time = time;
        this.knowledge = knowledge;
        this.recognition = new Recognition(knowledge);
        this.curated = References.curated(knowledge, base);
    }

    /**
     * @param base the base namespace of minted URIs, ending in '/'
     * @param time the publication time recorded in provenance
     */
    public static Etl create(String base, Instant time) {
        if (base == null || !base.endsWith("/")) {
            throw new IllegalArgumentException("the base namespace must end in '/': " + base);
        }
        return new Etl(base, time, knowledge());
    }

    /** The reference knowledge does not depend on the base: it is loaded once per JVM. */
    private static Knowledge knowledge() {
        Knowledge k = shared;
        if (k == null) {
            synchronized (Etl.class) {
                k = shared;
                if (k == null) {
                    k = Knowledge.load();
                    shared = k;
                }
            }
        }
        return k;
    }

    public DocumentGraph transform(SourceDocument doc) throws InputException {
        Warnings warnings = new Warnings(doc.name());
        Stated stated = new Stated();
        List<Layer> layers = Structure.parse(doc.text(), knowledge, warnings);
        if (layers.isEmpty()) {
            throw new InputException(doc.path(), 0, "no text to publish");
        }
        if (layers.stream().allMatch(l -> l.identity == null)) {
            Layer first = layers.get(layers.size() - 1);
            first.identity = Structure.minted(doc.name());
            first.identityLine = 1;
            warnings.warning(1, "no identifier of its own (a CELEX number, an act's number, a Council number such as"
                    + " 12493/22 or a reference such as EEAS(2022) 1466); published as \"" + first.identity.idLocal()
                    + "\", made from the file name");
        }
        GraphWriter g = new GraphWriter(base);
        Layer council = layers.get(0).kind == Layer.Kind.COUNCIL ? layers.get(0) : null;
        Layer primary = layers.stream().filter(l -> l.identity != null).findFirst().orElseThrow();
        for (Layer layer : layers) {
            if (layer.identity == null) {
                warnings.warning("a document part has no identifier; its text is not published");
                continue;
            }
            if (layer != council && council != null && council.encloses != null
                    && !council.encloses.slug().equals(layer.identity.slug())) {
                warnings.warning(layer.identityLine, "the cover note encloses " + council.encloses.idLocal()
                        + " but the enclosed document says " + layer.identity.idLocal());
            }
            String iri = Documents.layer(g, layer, council, knowledge, stated, warnings);
            String decision = council != null && council.accessNote != null && council.identity != null
                    ? Documents.iri(g, council.identity) + "/access-decision" : null;
            List<Passage> passages = Body.write(g, iri, layer, decision, warnings);
            recognition.run(new Recogniser.Document(iri, passages, g, stated, warnings));
        }
        String graph = Uris.graph(base, primary.identity.slug());
        provenance(g, graph, doc);
        return new DocumentGraph(graph, g.model(), warnings.list());
    }

    private void provenance(GraphWriter g, String graph, SourceDocument doc) {
        String source = Uris.source(base, doc.sha256());
        String run = Uris.run(base,
                SourceReader.sha256((doc.sha256() + " " + Version.get()).getBytes(StandardCharsets.UTF_8)));
        g.type(graph, Vocab.Entity);
        g.iri(graph, Vocab.wasDerivedFrom, source);
        g.iri(graph, Vocab.wasGeneratedBy, run);
        g.type(source, Vocab.Entity);
        g.type(source, Plo.SourceFile);
        g.text(source, Plo.fileName, doc.name());
        g.text(source, Plo.sha256, doc.sha256());
        g.type(run, Vocab.Activity);
        g.iri(run, Vocab.used, source);
        g.iri(run, Vocab.wasAssociatedWith, Uris.software(base));
        g.text(run, Plo.toolVersion, Version.get());
        g.dateTime(run, Vocab.endedAtTime, time.toString());
    }

    /** The ontology (its namespace is fixed, never rebased). */
    public Model ontology() {
        return ModelFactory.createDefaultModel().add(knowledge.ontology()).setNsPrefixes(knowledge.ontology().getNsPrefixMap());
    }

    /**
     * The reference data the given document graphs use: curated entries (rebased to this base) and
     * the authority-table entries they link to, with the labels a reader needs.
     */
    public Model reference(Collection<Model> documentGraphs) {
        return References.build(knowledge, curated, documentGraphs);
    }

    /** The curated reference data under this base (read only), which every {@link #reference} holds. */
    public References.Curated curated() {
        return curated;
    }

    /** What {@link #reference} holds beyond {@link #curated()}: what depends on the document graphs. */
    public Model referenceExtras(Collection<Model> documentGraphs) {
        return References.extras(knowledge, curated, documentGraphs);
    }
}
