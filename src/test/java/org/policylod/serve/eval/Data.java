package org.policylod.serve.eval;

import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Test data for the rewrites, in named graphs as a release has them: documents with dates drawn from
 * a few values (ties), some without a date, with zero to three missions each (an OPTIONAL gives
 * several rows for one document); footnotes whose texts mix cases, scripts and word edges; a few
 * typed literals; most words are fillers (w0 ... w299), so that most words are rare. Served as a release is: the union of the graphs as the default graph.
 */
public final class Data {
    public static final String EX = "https://example.org/def#";
    static final String ID = "https://example.org/id/";
    private static final List<String> WORDS = List.of("Frontex", "frontex", "FRONTEX", "readmission", "Readmission",
            "border", "asylum", "return", "antifrontexes", "readmissions", "mission", "σοφία", "ΣΟΦΊΑ", "\u212Aelvin",
            "kelvin", "straße", "coastguard", "EEAS", "frontex-led", "re-admission");
    private static final List<Quad> QUADS = quads();

    private Data() {
    }

    static Node ex(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static List<Quad> quads() {
        Random r = new Random(17);
        List<Quad> out = new java.util.ArrayList<>();
        Node[] missions = new Node[12];
        for (int m = 0; m < missions.length; m++) {
            missions[m] = NodeFactory.createURI(ID + "mission/" + m);
            Node g = NodeFactory.createURI(ID + "graph/missions");
            out.add(Quad.create(g, missions[m], RDF.Nodes.type, ex("Mission")));
            out.add(Quad.create(g, missions[m], RDFS.Nodes.label, NodeFactory.createLiteralLang("Mission " + (m % 7), "en")));
        }
        for (int d = 0; d < 300; d++) {
            Node g = NodeFactory.createURI(ID + "graph/" + (d % 5));
            Node doc = NodeFactory.createURI(ID + "document/" + d);
            out.add(Quad.create(g, doc, RDF.Nodes.type, ex("Document")));
            if (r.nextInt(10) > 0) {
                out.add(Quad.create(g, doc, ex("date"), NodeFactory.createLiteralDT("2020-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(3),
                        XSDDatatype.XSDdate)));
            }
            for (int k = r.nextInt(4); k > 0; k--) {
                out.add(Quad.create(g, doc, ex("concernsMission"), missions[r.nextInt(missions.length)]));
            }
            for (int f = 0; f < 2; f++) {
                Node fn = NodeFactory.createURI(ID + "footnote/" + d + "-" + f);
                out.add(Quad.create(g, doc, ex("hasFootnote"), fn));
                out.add(Quad.create(g, fn, RDF.Nodes.type, ex("Footnote")));
                StringBuilder text = new StringBuilder();
                for (int w = 3 + r.nextInt(8); w > 0; w--) {
                    String word = r.nextInt(3) == 0 ? WORDS.get(r.nextInt(WORDS.size())) : "w" + r.nextInt(300);
                    text.append(word).append(r.nextInt(6) == 0 ? ", " : " ");
                }
                out.add(Quad.create(g, fn, ex("text"), r.nextBoolean() ? NodeFactory.createLiteralLang(text.toString().trim(), "en")
                        : NodeFactory.createLiteralString(text.toString().trim())));
                out.add(Quad.create(g, fn, ex("number"), NodeFactory.createLiteralDT(Integer.toString(f + 1), XSDDatatype.XSDinteger)));
            }
        }
        return out;
    }

    /** The data in memory, as serve.ReleaseData holds a release: the union as the default graph, and the named graphs. */
    static DatasetGraph memory() {
        Graph union = new GraphMem2Fast();
        DatasetGraph dsg = DatasetGraphFactory.createGeneral(union);
        for (Quad q : QUADS) {
            union.add(q.asTriple());
            if (!dsg.containsGraph(q.getGraph())) {
                dsg.addGraph(q.getGraph(), new GraphMem2Fast());
            }
            dsg.getGraph(q.getGraph()).add(q.asTriple());
        }
        return dsg;
    }

    /** The named graphs as TriG, for a test publication. */
    public static String trig() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        QUADS.forEach(dsg::add);
        java.io.StringWriter out = new java.io.StringWriter();
        org.apache.jena.riot.RDFDataMgr.write(out, dsg, org.apache.jena.riot.Lang.TRIG);
        return out.toString();
    }

    /** The data in an in-memory TDB2 database with the union default graph, as a release too big for memory is served. */
    static DatasetGraph tdb2() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> QUADS.forEach(dsg::add));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }
}
