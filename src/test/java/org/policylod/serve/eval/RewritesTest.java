package org.policylod.serve.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rewrite against plain ARQ on the same data: the same rows in the same order (for ORDER BY
 * queries, ARQ breaks ties on every variable, so the order is fixed), and the rewrite really in the
 * plan (or really not, where it would be unsound). In memory, as a release that fits is served, and
 * on TDB2, whose quad form passes every operator through a transform.
 */
class RewritesTest {
    private static final String PREFIX = "PREFIX ex: <" + Data.EX + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    /** How a driving lookup shows in the plan: a table of candidates. */
    private static final String DRIVE = "(table (vars";
    private static final DatasetGraph PLAIN = Data.memory();
    private static final DatasetGraph OURS = Data.memory();
    private static final DatasetGraph PLAIN_TDB2 = Data.tdb2();
    private static final DatasetGraph OURS_TDB2 = Data.tdb2();

    static {
        Evaluation.install(OURS);
        Evaluation.install(OURS_TDB2);
    }

    /** The q5 shape: ORDER BY + LIMIT over an OPTIONAL whose documents have several missions (ties on the keys). */
    private static final String OPTIONAL_TOP = """
            SELECT ?doc ?date ?label WHERE {
              ?doc a ex:Document ; ex:date ?date .
              OPTIONAL { ?doc ex:concernsMission ?m . ?m rdfs:label ?label }
            } ORDER BY DESC(?date) %s LIMIT %d %s""";

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 7, 20, 100, 999})
    void topOfOptionalWithTiesAtEveryLimit(int limit) {
        same(OPTIONAL_TOP.formatted("", limit, ""), TopTies.NAME);
        same(OPTIONAL_TOP.formatted("?doc", limit, ""), TopTies.NAME);
    }

    @Test
    void aLimitOfAThousandIsNoTopInArqAndLeftAlone() {
        same(OPTIONAL_TOP.formatted("?doc", 1000, ""), null);
    }

    @Test
    void topOfOptionalWithOffset() {
        same(OPTIONAL_TOP.formatted("?doc", 10, "OFFSET 25"), TopTies.NAME);
        same(OPTIONAL_TOP.formatted("", 3, "OFFSET 400"), TopTies.NAME);
    }

    @Test
    void keyFromTheOptionalPartIsNotPushed() {
        same("SELECT ?doc ?label { ?doc a ex:Document OPTIONAL { ?doc ex:concernsMission ?m . ?m rdfs:label ?label } }"
                + " ORDER BY ?label ?doc LIMIT 10", null);
    }

    @Test
    void unboundKeysSortFirstAndStayWithTheirOptional() {
        // ?date is optional itself: the ties are taken above its OPTIONAL, below the missions'.
        same("SELECT ?doc ?date ?label { ?doc a ex:Document OPTIONAL { ?doc ex:date ?date }"
                + " OPTIONAL { ?doc ex:concernsMission ?m . ?m rdfs:label ?label } } ORDER BY ?date ?label LIMIT 40", null);
        same("SELECT ?doc ?date ?label { ?doc a ex:Document OPTIONAL { ?doc ex:date ?date }"
                + " OPTIONAL { ?doc ex:concernsMission ?m . ?m rdfs:label ?label } } ORDER BY ?date LIMIT 40", TopTies.NAME);
    }

    @Test
    void distinctAndExpressionKeys() {
        same("SELECT DISTINCT ?date ?label { ?doc a ex:Document ; ex:date ?date"
                + " OPTIONAL { ?doc ex:concernsMission ?m . ?m rdfs:label ?label } } ORDER BY ?date LIMIT 15", null);
        same("SELECT ?doc ?label { ?doc a ex:Document ; ex:date ?date"
                + " OPTIONAL { ?doc ex:concernsMission ?m . ?m rdfs:label ?label } } ORDER BY DESC(STR(?date)) STR(?doc) LIMIT 9", TopTies.NAME);
    }

    @Test
    void tdb2QuadFormReachesInsideTheTies() {
        // The attempt before this one failed here: TDB2 turns the plan into quad form through OpExt.apply.
        String q = PREFIX + OPTIONAL_TOP.formatted("?doc", 5, "");
        Op op = Algebra.optimize(Algebra.compile(QueryFactory.create(q)), Context.setupContextForDataset(ARQ.getContext(), OURS_TDB2));
        String quads = Algebra.toQuadForm(op).toString();
        assertTrue(quads.contains(TopTies.NAME) && quads.contains("quadpattern") && !quads.contains("(bgp"), quads);
    }

    @Test
    void randomKeysAreLeftAlone() {
        String q = PREFIX + "SELECT ?doc { ?doc a ex:Document OPTIONAL { ?doc ex:date ?d } } ORDER BY RAND() LIMIT 3";
        assertFalse(plan(q, OURS).contains(TopTies.NAME));
    }

    @Test
    void topInsideAnOptionalIsSubstitutedPerRow() {
        // The sub-select is the right side of an OPTIONAL: ARQ substitutes each left row into it, through TopTies.apply.
        same("SELECT ?m ?doc ?date { ?m a ex:Mission OPTIONAL { SELECT ?m ?doc ?date { ?doc ex:concernsMission ?m ; ex:date ?date"
                + " OPTIONAL { ?doc ex:hasFootnote ?fn } } ORDER BY ?date ?doc LIMIT 2 } } ORDER BY ?m ?doc ?date", TopTies.NAME);
    }

    @Test
    void regexDrivesThePattern() {
        same("SELECT ?fn ?text { ?fn a ex:Footnote ; ex:text ?text FILTER regex(?text, \"frontex [a-z]+ readmission\", \"i\") }", DRIVE);
        same("SELECT ?fn ?text { ?fn a ex:Footnote ; ex:text ?text FILTER regex(?text, \"^Frontex\\\\s+border\") }", DRIVE);
        same("SELECT ?fn ?text { ?fn a ex:Footnote ; ex:text ?text FILTER regex(?text, \"σοφία\", \"i\") }", DRIVE);
        same("SELECT ?fn ?text { ?fn a ex:Footnote ; ex:text ?text FILTER regex(?text, \"KELVIN \", \"i\") }", DRIVE);
    }

    @Test
    void substringTestsAreCaseSensitive() {
        same("SELECT ?fn { ?fn ex:text ?text FILTER CONTAINS(?text, \"ontex rea\") }", DRIVE);
        same("SELECT ?fn { ?fn ex:text ?text FILTER STRSTARTS(?text, \"w12 \") }", DRIVE);
        same("SELECT ?fn { ?fn ex:text ?text FILTER STRENDS(?text, \"asylum\") }", DRIVE);
    }

    @Test
    void regexOverAnOptionalOnlyScreensRows() {
        same("SELECT ?fn ?doc { ?fn ex:number 2 ; ex:text ?text OPTIONAL { ?doc ex:hasFootnote ?fn } FILTER regex(?text, \"readmission\") }",
                Candidate.NAME);
        same("SELECT ?fn ?g { GRAPH ?g { ?fn ex:text ?text } OPTIONAL { ?doc ex:hasFootnote ?fn } FILTER regex(?text, \"\\\\bw12[0-9] w2\") }",
                Candidate.NAME);
    }

    @Test
    void valuesNotFromTheDataAreNotLookedUp() {
        same("SELECT ?text { BIND(\"frontex x readmission\" AS ?text) FILTER regex(?text, \"frontex [a-z]+ readmission\", \"i\") }", null);
        same("SELECT ?fn ?text { ?fn ex:number ?n OPTIONAL { ?fn ex:text ?text } FILTER CONTAINS(?text, \"frontex\") }", null);
        same("SELECT ?s { VALUES ?text { \"readmission\" } ?s ?p ?o FILTER CONTAINS(?text, \"readmission\") }", null);
    }

    @Test
    void patternsWithoutCertainWordsAreLeftAlone() {
        same("SELECT ?fn { ?fn ex:text ?text FILTER regex(?text, \"frontex|readmission\", \"i\") }", null);
        same("SELECT ?fn { ?fn ex:text ?text FILTER regex(?text, \"(?x) front ex\") }", null);
        same("SELECT ?fn { ?fn ex:text ?text FILTER regex(?text, \"^[0-9]+$\") }", null);
        same("SELECT ?fn { ?fn ex:number ?n FILTER regex(?n, \"1\") }", null);
    }

    @Test
    void noRowsWhereTheFilterFailsOnEveryValue() {
        same("SELECT ?fn { ?fn ex:number ?n FILTER regex(?n, \"12\") }", DRIVE);  // regex on an integer: an error
        same("SELECT ?fn { ?fn a ?type FILTER regex(?type, \"Footnote\") }", DRIVE);  // on an IRI: an error, no candidate
    }

    @Test
    void commonWordsOnlyScreen() {
        same("SELECT ?fn { ?fn a ex:Footnote ; ex:text ?text FILTER regex(?text, \"mission\", \"i\") }", Candidate.NAME);
        same("SELECT ?fn { ?fn ex:text ?text FILTER STRSTARTS(?text, \"FRONTEX\") }", Candidate.NAME);
    }

    /**
     * Same rows on both kinds of store (in the same order when the query has ORDER BY); the plan
     * shows {@code marker}, or, with null, is ARQ's own.
     */
    private static void same(String query, String marker) {
        String q = PREFIX + query;
        String plan = plan(q, OURS);
        if (marker == null) {
            assertEquals(plan(q, PLAIN), plan);
        } else {
            assertTrue(plan.contains(marker) && !plan.equals(plan(q, PLAIN)), plan);
        }
        boolean ordered = QueryFactory.create(q).hasOrderBy();
        List<String> expected = rows(q, PLAIN, ordered);
        assertEquals(expected, rows(q, OURS, ordered), q);
        assertEquals(rows(q, PLAIN_TDB2, ordered), rows(q, OURS_TDB2, ordered), q);
        assertEquals(rows(q, PLAIN, false), rows(q, OURS_TDB2, false), q);
    }

    private static String plan(String query, DatasetGraph dsg) {
        Query q = QueryFactory.create(query);
        return Algebra.optimize(Algebra.compile(q), Context.setupContextForDataset(ARQ.getContext(), dsg)).toString();
    }

    private static List<String> rows(String query, DatasetGraph dsg, boolean ordered) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rs = exec.select();
                List<Var> vars = rs.getResultVars();
                rs.forEachRemaining(b -> {
                    StringBuilder s = new StringBuilder();
                    vars.forEach(v -> s.append(v).append('=').append(b.get(v)).append(' '));
                    out.add(s.toString());
                });
            }
            return ordered ? out : out.stream().sorted().toList();
        });
    }
}
