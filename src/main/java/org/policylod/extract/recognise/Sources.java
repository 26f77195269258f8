package org.policylod.extract.recognise;

import java.util.List;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Identifiers;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Ref;
import org.policylod.extract.text.Markup;
import org.policylod.extract.text.Phrase;

/** Which document a name in the text is tied to, through its footnote or the identifier after it. */
final class Sources {
    private Sources() {
    }

    /**
     * The document a name ending at {@code end} is tied to: the first identifier of the footnote
     * whose marker follows it in the same clause, or in a footnote the identifier right after it.
     */
    static Ref of(Mentions mentions, Passage p, int end) {
        Markup.Anchor anchor = anchor(mentions, p, end);
        if (anchor != null) {
            for (Ref ref : mentions.footnoteRefs(anchor.number())) {
                if (ref.partOf() == null) {
                    return ref;
                }
            }
            return null;
        }
        return p.kind() == Passage.Kind.FOOTNOTE ? inline(p, end) : null;
    }

    /** The footnote marker that belongs to a name ending at {@code end}: no other name stands between. */
    static Markup.Anchor anchor(Mentions mentions, Passage p, int end) {
        Markup.Anchor a = Phrase.anchorAfter(p.text(), end, p.anchors());
        if (a == null) {
            return null;
        }
        return nameBetween(mentions.in(p), end, a.offset()) ? null : a;
    }

    /** Whether a document or instrument is named from {@code from} up to {@code to}. */
    static boolean nameBetween(List<Mention> ms, int from, int to) {
        for (Mention m : ms) {
            if (m.start() >= from && m.start() < to
                    && (m.kind() == EntityKind.INSTRUMENT || m.kind() == EntityKind.DOCUMENT)) {
                return true;
            }
        }
        return false;
    }

    /** In a footnote, "The EU Security Union Strategy, COM(2020) 605 final": the identifier after the name. */
    private static Ref inline(Passage p, int end) {
        for (Ref ref : Identifiers.find(p.text())) {
            if (ref.start() >= end && p.text().substring(end, ref.start()).matches("[\\s,:]*")) {
                return ref;
            }
        }
        return null;
    }
}
