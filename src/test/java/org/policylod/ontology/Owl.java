package org.policylod.ontology;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.rdf.rdfxml.parser.RDFXMLParserFactory;
import org.semanticweb.owlapi.rdf.turtle.parser.TurtleOntologyParserFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.ac.manchester.cs.owl.owlapi.OWLDataFactoryImpl;
import uk.ac.manchester.cs.owl.owlapi.OWLOntologyFactoryImpl;
import uk.ac.manchester.cs.owl.owlapi.OWLOntologyManagerImpl;
import uk.ac.manchester.cs.owl.owlapi.concurrent.NonConcurrentOWLOntologyBuilder;

/**
 * Loads RDF into the OWL API without the network: imports resolve only through the XML catalog of
 * ontology/imports/; an import the catalog does not name fails the load instead of being fetched.
 */
final class Owl {
    private Owl() {
    }

    static OWLOntologyManager manager() {
        OWLOntologyManager m = new OWLOntologyManagerImpl(new OWLDataFactoryImpl(), new ReentrantReadWriteLock());
        m.getOntologyFactories().set(new OWLOntologyFactoryImpl(new NonConcurrentOWLOntologyBuilder()));
        m.getOntologyParsers().set(new TurtleOntologyParserFactory(), new RDFXMLParserFactory());
        Map<String, Path> catalog = catalog();
        m.getIRIMappers().set(iri -> {
            Path local = catalog.get(iri.toString());
            if (local == null) {
                throw new IllegalStateException("import not in ontology/imports/catalog-v001.xml: " + iri);
            }
            return IRI.create(local.toUri());
        });
        m.setOntologyLoaderConfiguration(new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION));
        return m;
    }

    /** Loads a Jena model as an OWL ontology (as N-Triples: the OWL API Turtle parser lacks SPARQL-style PREFIX). */
    static OWLOntology load(OWLOntologyManager m, Model model) throws OWLOntologyCreationException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.NTRIPLES);
        return m.loadOntologyFromOntologyDocument(new StringDocumentSource(
                out.toString(StandardCharsets.UTF_8), "urn:policy-lod:test", new TurtleDocumentFormat(), null));
    }

    /** The catalog's IRI to local file mappings. */
    static Map<String, Path> catalog() {
        Path file = OntologyFiles.IMPORTS.resolve("catalog-v001.xml");
        try {
            NodeList uris = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(file.toFile()).getElementsByTagName("uri");
            Map<String, Path> map = new HashMap<>();
            for (int i = 0; i < uris.getLength(); i++) {
                Element e = (Element) uris.item(i);
                map.put(e.getAttribute("name"), OntologyFiles.IMPORTS.resolve(e.getAttribute("uri")).toAbsolutePath());
            }
            return map;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
