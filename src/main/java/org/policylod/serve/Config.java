package org.policylod.serve;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.policylod.Bundle;

/**
 * The Fuseki configuration: every Turtle file of the bundled fuseki-config/ folder merged into one
 * assembler model (one concern per file, as Jena's examples), with the database location resolved
 * against the release being served.
 */
public final class Config {
    public static final String FOLDER = "fuseki-config";
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    static final String QUERY_TIMEOUT = "arq:queryTimeout";

    private Config() {
    }

    public static Model load(Path release) {
        return load(release, Optional.empty());
    }

    /**
     * As {@link #load(Path)}; with {@code timeout}, every query time limit of the configuration
     * ({@code arq:queryTimeout}) becomes that one, in whole milliseconds.
     */
    public static Model load(Path release, Optional<Duration> timeout) {
        Model model = ModelFactory.createDefaultModel();
        List<String> files = Bundle.list(FOLDER, ".ttl");
        if (files.isEmpty()) {
            throw new IllegalStateException("no " + FOLDER + "/*.ttl on the class path");
        }
        for (String file : files) {
            try (InputStream in = Bundle.open(file)) {
                RDFParser.source(in).lang(Lang.TURTLE).base("urn:policy-lod:" + file).parse(model);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(file, e);
            }
        }
        Property location = model.createProperty(TDB2, "location");
        for (Statement s : model.listStatements(null, location, (Resource) null).toList()) {
            Path resolved = release.resolve(s.getString()).toAbsolutePath().normalize();
            s.changeObject(resolved.toString());
        }
        timeout.ifPresent(t -> limit(model, t));
        return model;
    }

    private static void limit(Model model, Duration t) {
        Property name = model.createProperty(JA, "cxtName");
        Property value = model.createProperty(JA, "cxtValue");
        List<Resource> settings = model.listResourcesWithProperty(name, QUERY_TIMEOUT).toList();
        if (settings.isEmpty()) {
            throw new IllegalStateException(FOLDER + " sets no " + QUERY_TIMEOUT + " to replace");
        }
        for (Resource r : settings) {
            r.removeAll(value);
            r.addProperty(value, String.valueOf(t.toMillis()));
        }
    }
}
