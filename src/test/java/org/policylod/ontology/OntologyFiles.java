package org.policylod.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/** The ontology's source files, read from the project folder the tests run in. */
final class OntologyFiles {
    static final Path ROOT = Path.of("ontology");
    static final Path ONTOLOGY = ROOT.resolve("policy-lod.ttl");
    static final Path REFERENCE = ROOT.resolve("reference");
    static final Path AUTHORITY = ROOT.resolve("authority");
    static final Path IMPORTS = ROOT.resolve("imports");

    private OntologyFiles() {
    }

    static Model ontology() {
        return RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    static List<Path> referenceFiles() {
        return turtleIn(REFERENCE);
    }

    /** All reference data files merged. */
    static Model reference() {
        Model m = ModelFactory.createDefaultModel();
        for (Path p : referenceFiles()) {
            RDFDataMgr.read(m, p.toString());
        }
        return m;
    }

    static Model authority(String file) {
        return RDFDataMgr.loadModel(AUTHORITY.resolve(file).toString());
    }

    static List<Path> turtleIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
