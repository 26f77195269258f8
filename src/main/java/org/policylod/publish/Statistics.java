package org.policylod.publish;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The counts a VoID description gives, computed from the union of the published graphs: triples,
 * entities (subjects in the dataset's URI space), classes with their instance counts, properties
 * with their triple counts, the vocabularies those come from, and the links to each target.
 */
public final class Statistics {
    /** A set of link targets: URIs that start with {@code uriSpace} and match {@code pattern} (or null). */
    public record Target(String uriSpace, Pattern pattern) {
        boolean holds(Node n) {
            return n.isURI() && n.getURI().startsWith(uriSpace) && (pattern == null || pattern.matcher(n.getURI()).find());
        }
    }

    /** The links into one target: how many triples, with which predicates. */
    public record Links(long triples, Set<String> predicates) {
    }

    private long triples;
    private long entities;
    private long distinctSubjects;
    private long distinctObjects;
    private final Map<String, Long> classes = new TreeMap<>();
    private final Map<String, Long> properties = new TreeMap<>();
    private final Set<String> vocabularies = new TreeSet<>();
    private final Map<Target, Links> links = new HashMap<>();

    private Statistics() {
    }

    /**
     * Counts {@code union}: entities are IRI subjects starting with {@code base}; a link is a triple
     * from such a subject (other than rdf:type) to a URI of a target.
     */
    public static Statistics of(Graph union, String base, Iterable<Target> targets) {
        Statistics s = new Statistics();
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Map<String, Set<Node>> instances = new HashMap<>();
        for (Target t : targets) {
            s.links.put(t, new Links(0, new TreeSet<>()));
        }
        for (Triple t : (Iterable<Triple>) () -> union.find()) {
            s.triples++;
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            String p = t.getPredicate().getURI();
            s.properties.merge(p, 1L, Long::sum);
            boolean typing = t.getPredicate().equals(RDF.type.asNode());
            if (typing && t.getObject().isURI()) {
                instances.computeIfAbsent(t.getObject().getURI(), k -> new HashSet<>()).add(t.getSubject());
            }
            if (!typing && t.getSubject().isURI() && t.getSubject().getURI().startsWith(base)) {
                for (Map.Entry<Target, Links> e : s.links.entrySet()) {
                    if (e.getKey().holds(t.getObject())) {
                        e.getValue().predicates().add(p);
                        e.setValue(new Links(e.getValue().triples() + 1, e.getValue().predicates()));
                    }
                }
            }
        }
        s.distinctSubjects = subjects.size();
        s.distinctObjects = objects.size();
        s.entities = subjects.stream().filter(n -> n.isURI() && n.getURI().startsWith(base)).count();
        instances.forEach((c, members) -> s.classes.put(c, (long) members.size()));
        s.classes.keySet().forEach(c -> s.vocabularies.add(namespace(c)));
        s.properties.keySet().forEach(p -> s.vocabularies.add(namespace(p)));
        return s;
    }

    public long triples() {
        return triples;
    }

    public long entities() {
        return entities;
    }

    public long distinctSubjects() {
        return distinctSubjects;
    }

    public long distinctObjects() {
        return distinctObjects;
    }

    /** Class IRI to the number of distinct resources typed with it, sorted by IRI. */
    public Map<String, Long> classes() {
        return classes;
    }

    /** Property IRI to the number of triples that use it, sorted by IRI. */
    public Map<String, Long> properties() {
        return properties;
    }

    /** Namespaces of the classes and properties, sorted. */
    public Set<String> vocabularies() {
        return vocabularies;
    }

    public Links links(Target t) {
        return links.get(t);
    }

    /** The IRI up to its last '#' or '/', the usual namespace split. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }
}
