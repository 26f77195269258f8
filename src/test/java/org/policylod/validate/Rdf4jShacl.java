package org.policylod.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.repository.sail.SailRepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.eclipse.rdf4j.sail.shacl.ShaclSailValidationException;
import org.policylod.Bundle;

/**
 * The same shapes files under an independent engine, RDF4J's ShaclSail: the shapes are read by Rio
 * from the bundled Turtle, the data handed over as N-Triples, so nothing of Jena's reading is shared.
 */
final class Rdf4jShacl {
    /** What RDF4J found: the source shapes of its results of severity violation. */
    record Outcome(boolean conforms, Set<String> violatedShapes) {
    }

    static {
        // RDF4J re-serialises every query plan when assertions are on (surefire's default): minutes.
        Rdf4jShacl.class.getClassLoader().setPackageAssertionStatus("org.eclipse.rdf4j", false);
    }

    private Rdf4jShacl() {
    }

    /* One repository with the shapes loaded once; each validation adds the data in a transaction. */
    private static SailRepository repository;

    static synchronized Outcome validate(Graph data) {
        SailRepository repo = repository();
        try (SailRepositoryConnection conn = repo.getConnection()) {
            conn.begin();
            conn.add(parse(ntriples(data), RDFFormat.NTRIPLES));
            try {
                conn.commit();
            } catch (RepositoryException e) {
                if (!(e.getCause() instanceof ShaclSailValidationException v)) {
                    throw e;
                }
                conn.rollback();
                return outcome(v.validationReportAsModel());
            }
            conn.begin();
            conn.clear((Resource) null);
            conn.commit();
            if (conn.size((Resource) null) != 0) {
                throw new IllegalStateException("the data of the previous validation is still there");
            }
            return new Outcome(true, Set.of());
        }
    }

    private static SailRepository repository() {
        if (repository == null) {
            ShaclSail sail = new ShaclSail(new MemoryStore());
            sail.setValidationResultsLimitTotal(-1);
            sail.setValidationResultsLimitPerConstraint(-1);
            SailRepository repo = new SailRepository(sail);
            try (SailRepositoryConnection conn = repo.getConnection()) {
                conn.begin();
                for (String file : Bundle.list(ShapesGraph.FOLDER, ".ttl")) {
                    conn.add(parse(Bundle.open(file), RDFFormat.TURTLE), RDF4J.SHACL_SHAPE_GRAPH);
                }
                conn.commit();
            }
            repository = repo;
        }
        return repository;
    }

    private static Outcome outcome(Model report) {
        Set<String> shapes = new HashSet<>();
        for (Resource result : report.filter(null, SHACL.RESULT_SEVERITY, SHACL.VIOLATION).subjects()) {
            for (Value shape : report.filter(result, SHACL.SOURCE_SHAPE, null).objects()) {
                shapes.add(shape.stringValue());
            }
        }
        return new Outcome(shapes.isEmpty(), shapes);
    }

    private static Model parse(InputStream in, RDFFormat format) {
        try (in) {
            return Rio.parse(in, "urn:policy-lod:shapes/", format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream ntriples(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, org.apache.jena.riot.RDFFormat.NTRIPLES);
        return new java.io.ByteArrayInputStream(out.toByteArray());
    }
}
