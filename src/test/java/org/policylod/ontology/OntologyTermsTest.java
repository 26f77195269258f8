package org.policylod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policylod.rdf.Plo;

/** Every ontology term the code, queries and shapes use is declared, labelled and defined. */
class OntologyTermsTest {
    private static final Model ONTOLOGY = OntologyFiles.ontology();
    private static final Set<Resource> KINDS = Set.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty);
    /** A plo: term in Java: a Plo constant or a literal IRI in our namespace. */
    private static final Pattern JAVA_TERM = Pattern.compile(
            "\\bPlo\\.([A-Za-z_][A-Za-z0-9_]*)|" + Pattern.quote(Plo.NS) + "([A-Za-z_][A-Za-z0-9_-]*)");

    @Test
    void everyPloConstantIsDeclaredWithItsKind() throws IllegalAccessException {
        List<String> wrong = new java.util.ArrayList<>();
        for (Field f : ploFields()) {
            Resource term = (Resource) f.get(null);
            boolean isClass = ONTOLOGY.contains(term, RDF.type, OWL2.Class);
            boolean isProperty = ONTOLOGY.contains(term, RDF.type, OWL2.ObjectProperty)
                    || ONTOLOGY.contains(term, RDF.type, OWL2.DatatypeProperty)
                    || ONTOLOGY.contains(term, RDF.type, OWL2.AnnotationProperty);
            if (term instanceof Property ? !isProperty : !isClass) {
                wrong.add(f.getName() + " " + term.getURI());
            }
        }
        assertEquals(List.of(), wrong, "Plo constants not declared in ontology/policy-lod.ttl as what they are");
        List<String> checked = ploFields().stream().map(Field::getName).toList();
        assertTrue(checked.containsAll(List.of("CoverNote", "hostCountry", "implementsInstrument", "sha256")),
                "reflection sees classes and properties: " + checked);
    }

    @Test
    void everyTermOfOurNamespaceHasAnEnglishLabelAndDefinition() {
        Set<String> missing = new TreeSet<>();
        Set<Resource> terms = ourTerms();
        for (Resource t : terms) {
            if (!hasEnglish(t, RDFS.label) || !hasEnglish(t, SKOS.definition)) {
                missing.add(t.getURI());
            }
        }
        assertEquals(Set.of(), missing, "plo: terms without an English rdfs:label and skos:definition");
        assertTrue(terms.contains(Plo.Mention) && terms.contains(Plo.untilPage), "terms found: " + terms.size());
    }

    @Test
    void everyTermTheJavaSourcesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            used.addAll(javaTerms(Files.readString(file)));
        }
        assertEquals(Set.of(), undeclared(used), "plo: terms used in src/main/java but not in the ontology");
    }

    @Test
    void javaScanFindsConstantsAndLiteralIris() {
        String code = "m.add(r, Plo.implementsInstrument, x); Plo.NS; \"" + Plo.NS + "Mention\"; \"" + Plo.NS
                + "NoSuchTerm\"";
        assertEquals(Set.of(Plo.NS + "implements", Plo.NS + "Mention", Plo.NS + "NoSuchTerm"), javaTerms(code));
        assertEquals(Set.of(Plo.NS + "NoSuchTerm"), undeclared(javaTerms(code)));
    }

    private static Set<String> javaTerms(String javaText) {
        Set<String> out = new TreeSet<>();
        Matcher m = JAVA_TERM.matcher(javaText);
        while (m.find()) {
            String iri = m.group(1) != null ? constant(m.group(1)) : Plo.NS + m.group(2);
            if (iri != null) {
                out.add(iri);
            }
        }
        return out;
    }

    @Test
    void everyTermTheQueriesAndShapesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : Stream.concat(files(Path.of("queries"), ".rq").stream(),
                files(Path.of("shapes"), ".ttl").stream()).toList()) {
            used.addAll(file.toString().endsWith(".ttl") ? iris(RDFDataMgr.loadModel(file.toString()))
                    : Sparql.ourIris(Files.readString(file), Plo.NS));
        }
        assertEquals(Set.of(), undeclared(used), "plo: terms used in queries/ or shapes/ but not in the ontology");
    }

    /** Reused terms are declared with the same kind their own vocabulary (ontology/imports/) gives them. */
    @Test
    void reusedTermsAgreeWithTheirVocabularies() {
        Model vocabularies = ModelFactory.createDefaultModel();
        OntologyFiles.turtleIn(OntologyFiles.IMPORTS).forEach(p -> RDFDataMgr.read(vocabularies, p.toString()));
        Set<String> wrong = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDFS.isDefinedBy).forEachRemaining(t -> {
            Resource kind = t.getPropertyResourceValue(RDF.type);
            Set<Resource> theirs = new java.util.HashSet<>();
            vocabularies.listObjectsOfProperty(t, RDF.type).forEachRemaining(o -> theirs.add(o.asResource()));
            boolean declared = !theirs.isEmpty();
            boolean conflicting = theirs.stream().anyMatch(KINDS::contains) && !theirs.contains(kind);
            if (!declared || conflicting) {
                wrong.add(t.getURI() + (declared ? " declared " + kind.getLocalName() + ", theirs " + theirs : " unknown"));
            }
        });
        assertEquals(Set.of(), wrong, "reused terms missing from or conflicting with ontology/imports/");
    }

    private static List<Field> ploFields() {
        return Stream.of(Plo.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                .toList();
    }

    private static String constant(String name) {
        try {
            Object v = Plo.class.getField(name).get(null);
            return v instanceof Resource r ? r.getURI() : null;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Plo." + name + " used in code but not a Plo field", e);
        }
    }

    private static Set<Resource> ourTerms() {
        Set<Resource> terms = new java.util.HashSet<>();
        for (Resource kind : KINDS) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(t -> {
                if (t.isURIResource() && t.getURI().startsWith(Plo.NS)) {
                    terms.add(t);
                }
            });
        }
        return terms;
    }

    private static Set<String> undeclared(Set<String> iris) {
        Set<String> out = new TreeSet<>();
        for (String iri : iris) {
            Resource t = ONTOLOGY.createResource(iri);
            if (KINDS.stream().noneMatch(k -> ONTOLOGY.contains(t, RDF.type, k))) {
                out.add(iri);
            }
        }
        return out;
    }

    private static Set<String> iris(Model m) {
        Set<String> out = new TreeSet<>();
        m.listStatements().forEachRemaining(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(Plo.NS)) {
                    out.add(n.asResource().getURI());
                }
            }
        });
        return out;
    }

    private static boolean hasEnglish(Resource t, Property p) {
        return ONTOLOGY.listObjectsOfProperty(t, p).toList().stream()
                .anyMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals("en")
                        && !o.asLiteral().getString().isBlank());
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
