package org.policylod.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.policylod.Bundle;

/**
 * The dataset description ({@code dumps/void.ttl}): the fixed part from {@link #TEMPLATE}, plus what
 * each release computes: version, dates, VoID statistics, a linkset per link target and a DCAT
 * distribution per downloadable file (media type, size, SHA-256, download URL).
 */
public final class Description {
    public static final String TEMPLATE = "org/policylod/publish/dataset.ttl";
    public static final String FILE = "void.ttl";
    /** Where the description names the dataset, relative to the base (the server answers there). */
    public static final String DESCRIPTION = ".well-known/void";
    /** Where the server offers the dumps folder, relative to the base. */
    public static final String DUMPS = "dumps/";
    static final String MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";
    static final String GZIP = "application/gzip";
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final Property VOID_CLASS = ResourceFactory.createProperty(VOID.NS + "class");
    private static final Property CHECKSUM = ResourceFactory.createProperty(SPDX + "checksum");
    private static final Property ALGORITHM = ResourceFactory.createProperty(SPDX + "algorithm");
    private static final Property CHECKSUM_VALUE = ResourceFactory.createProperty(SPDX + "checksumValue");
    private static final Resource CHECKSUM_CLASS = ResourceFactory.createResource(SPDX + "Checksum");
    private static final Resource SHA256 = ResourceFactory.createResource(SPDX + "checksumAlgorithm_sha256");

    private final Model m = ModelFactory.createDefaultModel();
    private final String base;
    private final Resource dataset;

    private Description(String base) {
        this.base = base;
        RDFParser.fromString(Bundle.read(TEMPLATE), Lang.TURTLE).base(base).parse(m);
        m.setNsPrefix("spdx", SPDX);
        this.dataset = m.getResource(local("dataset"));
    }

    /**
     * Describes the release whose dumps are in {@code dumps} and writes {@code dumps/void.ttl}.
     *
     * @param files the distributions, each a file inside {@code dumps}
     */
    public static Path write(Canonical data, String base, String version, Instant time,
                             List<Distribution> files, Path dumps) throws IOException {
        return write(data.union(), base, version, time, files, dumps);
    }

    /** As {@link #write(Canonical, String, String, Instant, List, Path)}, counting {@code union} (distinct triples). */
    public static Path write(Graph union, String base, String version, Instant time,
                             List<Distribution> files, Path dumps) throws IOException {
        Description d = new Description(base);
        d.release(version, time);
        d.statistics(union);
        for (Distribution f : files) {
            d.distribution(f, dumps);
        }
        Path out = dumps.resolve(FILE);
        Model m = d.m;
        try (OutputStream o = Files.newOutputStream(out)) {
            RDFWriter.source(Canonical.of(DatasetGraphFactory.wrap(m.getGraph()), m).union())
                    .format(RDFFormat.TURTLE_PRETTY).output(o);
        }
        return out;
    }

    private String local(String fragment) {
        return base + DESCRIPTION + "#" + fragment;
    }

    private void release(String version, Instant time) {
        Literal when = m.createTypedLiteral(time.toString(), XSDDatatype.XSDdateTime);
        dataset.addProperty(OWL.versionInfo, version)
                .addProperty(DCTerms.issued, when)
                .addProperty(DCTerms.modified, when)
                .addProperty(VOID.uriSpace, base);
    }

    private void statistics(Graph union) {
        List<Resource> targets = new ArrayList<>();
        List<Statistics.Target> patterns = new ArrayList<>();
        for (Statement s : m.listStatements(null, VOID.uriSpace, (Resource) null).toList()) {
            if (!s.getSubject().equals(dataset)) {
                targets.add(s.getSubject());
                Statement regex = s.getSubject().getProperty(VOID.uriRegexPattern);
                patterns.add(new Statistics.Target(s.getString(),
                        regex == null ? null : Pattern.compile(regex.getString())));
            }
        }
        Statistics st = Statistics.of(union, base, patterns);
        dataset.addLiteral(VOID.triples, integer(st.triples()))
                .addLiteral(VOID.entities, integer(st.entities()))
                .addLiteral(VOID.classes, integer(st.classes().size()))
                .addLiteral(VOID.properties, integer(st.properties().size()))
                .addLiteral(VOID.distinctSubjects, integer(st.distinctSubjects()))
                .addLiteral(VOID.distinctObjects, integer(st.distinctObjects()));
        st.vocabularies().forEach(v -> dataset.addProperty(VOID.vocabulary, m.createResource(v)));
        partitions("class", VOID.classPartition, VOID_CLASS, VOID.entities, st.classes());
        partitions("property", VOID.propertyPartition, VOID.property, VOID.triples, st.properties());
        for (int i = 0; i < targets.size(); i++) {
            Resource target = targets.get(i);
            Statistics.Links links = st.links(patterns.get(i));
            Resource set = m.createResource(local("links-" + target.getURI().substring(target.getURI().indexOf('#') + 1)))
                    .addProperty(RDF.type, VOID.Linkset)
                    .addProperty(VOID.subjectsTarget, dataset)
                    .addProperty(VOID.objectsTarget, target)
                    .addLiteral(VOID.triples, integer(links.triples()));
            links.predicates().forEach(p -> set.addProperty(VOID.linkPredicate, m.createResource(p)));
            dataset.addProperty(VOID.subset, set);
        }
    }

    private void partitions(String kind, Property partition, Property what, Property count, Map<String, Long> counts) {
        Set<String> used = new HashSet<>();
        counts.forEach((iri, n) -> {
            String slug = kind + "-" + slug(iri);
            for (int k = 2; !used.add(slug); k++) {
                slug = kind + "-" + slug(iri) + "-" + k;
            }
            Resource p = m.createResource(local(slug))
                    .addProperty(what, m.createResource(iri))
                    .addLiteral(count, integer(n));
            dataset.addProperty(partition, p);
        });
    }

    private void distribution(Distribution f, Path dumps) throws IOException {
        String path = Checksums.name(dumps, f.file());
        String id = "dist-" + slug(path);
        Resource sum = m.createResource(local(id + "-sha256"))
                .addProperty(RDF.type, CHECKSUM_CLASS)
                .addProperty(ALGORITHM, SHA256)
                .addProperty(CHECKSUM_VALUE, m.createTypedLiteral(Checksums.sha256(f.file()), XSDDatatype.XSDhexBinary));
        Resource url = m.createResource(base + DUMPS + path);
        Resource d = m.createResource(local(id))
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, path)
                .addProperty(DCAT.mediaType, m.createResource(MEDIA_TYPES + f.mediaType()))
                .addLiteral(DCAT.byteSize, m.createTypedLiteral(String.valueOf(Files.size(f.file())),
                        XSDDatatype.XSDnonNegativeInteger))
                .addProperty(CHECKSUM, sum)
                .addProperty(DCAT.downloadURL, url)
                .addProperty(DCAT.accessURL, url);
        if (f.gzipped()) {
            d.addProperty(DCAT.compressFormat, m.createResource(MEDIA_TYPES + GZIP));
        }
        if (f.about() != null) {
            d.addProperty(DCTerms.description, f.about(), "en");
        }
        dataset.addProperty(DCAT.distribution, d);
        if (!f.mediaType().equals(Tables.MEDIA_TYPE)) {
            dataset.addProperty(VOID.dataDump, url);
        }
    }

    private Literal integer(long n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    /** Letters and digits kept (case too, so distinct IRIs stay distinct), other runs become '-'. */
    static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
