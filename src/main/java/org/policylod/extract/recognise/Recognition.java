package org.policylod.extract.recognise;

import java.util.List;
import org.policylod.extract.knowledge.Knowledge;

/**
 * The recognition passes in the one order they run, like Fuseki's list of modules: labels and
 * identifiers, missions by their naming pattern, named instruments, what publishes them, dates, the mentions and citations written,
 * relations, categories. A new recogniser is a class implementing {@link Recogniser} and one line
 * here.
 */
public final class Recognition {
    private final List<Recogniser> passes;

    public Recognition(Knowledge k) {
        this.passes = List.of(
                new Labels(k),
                new MissionNames(k),
                new Instruments(k),
                new Titles(k),
                new Publications(k),
                new Dates(k),
                new Journals(k),
                new Citations(),
                new LegalBasis(k),
                new Relations(k),
                new Categories());
    }

    /** The passes, in order. */
    public List<Recogniser> passes() {
        return passes;
    }

    /** Runs every pass over one document. */
    public void run(Recogniser.Document doc) {
        Mentions mentions = new Mentions();
        for (Recogniser pass : passes) {
            pass.recognise(doc, mentions);
        }
    }
}
