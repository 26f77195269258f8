package org.policylod.extract.recognise;

import java.util.List;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Stated;
import org.policylod.extract.model.Warnings;
import org.policylod.extract.write.Evidence;
import org.policylod.extract.write.GraphWriter;

/**
 * One pass over the passages of a document, in the order {@link Recognition} lists the passes. A
 * pass reads the mentions earlier passes found, may add to them, and writes what it recognises into
 * the graph with its evidence; it never reads the graph back. One instance serves every document
 * (and every thread): whatever a pass keeps about a document lives inside its {@code recognise} call.
 */
public interface Recogniser {
    void recognise(Document doc, Mentions mentions);

    /**
     * What a pass is given of one document.
     *
     * @param iri       the document's IRI
     * @param passages  its headings, paragraphs and footnotes, in document order
     * @param graph     where triples go
     * @param evidence  writes mentions and assertions tied to their sentence (one per document)
     * @param stated    what the source file has stated so far that later writers respect
     * @param warnings  the source file's warnings
     */
    record Document(String iri, List<Passage> passages, GraphWriter graph, Evidence evidence, Stated stated,
                    Warnings warnings) {

        public Document(String iri, List<Passage> passages, GraphWriter graph, Stated stated, Warnings warnings) {
            this(iri, List.copyOf(passages), graph, new Evidence(graph), stated, warnings);
        }

        void warn(Passage p, String what) {
            warnings.warning(p.line(), what);
        }
    }
}
