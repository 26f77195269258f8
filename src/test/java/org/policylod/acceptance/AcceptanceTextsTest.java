package org.policylod.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The acceptance texts and their gold hold together (the report itself, which runs the ETL, is
 * {@link Acceptance}, outside the test suite): every name and citation of a gold is in its text,
 * every CELEX follows the rules of {@code ../shared/reference/eu-identifiers.md} from the citation
 * as written, and the README names every text and its source.
 */
class AcceptanceTextsTest {
    private static final Pattern OLD = Pattern.compile("\\b(\\d{4})/(\\d{1,4})/(?:CFSP|EU|JHA|EC)\\b");
    private static final Pattern NEW = Pattern.compile("\\((?:EU|CFSP)\\) (\\d{4})/(\\d{1,4})\\b");
    private static final Pattern NO = Pattern.compile("\\((?:EC|EU)\\) No (\\d{1,4})/(\\d{4})\\b");
    private static final Pattern PAPER = Pattern.compile("\\b(COM|JOIN|SWD)\\s*\\((\\d{4})\\)\\s*(\\d{1,4})\\b");

    private static List<Gold> all() throws IOException {
        List<Gold> all = new ArrayList<>(Gold.load(Gold.SETS));
        all.add(Gold.bundled(Acceptance.BUNDLED));
        return all;
    }

    @Test
    void everyNameAndCitationOfTheGoldIsInItsText() throws IOException {
        for (Gold g : all()) {
            String text = fold(Files.readString(g.text(), StandardCharsets.UTF_8));
            List<String> names = new ArrayList<>(g.bodies());
            names.addAll(g.missions());
            g.cited().forEach(c -> names.add(c.citation()));
            names.add(g.selfCitation());
            for (String n : names) {
                assertTrue(text.contains(fold(n)), g.name() + ": '" + n + "' is not in the text");
            }
        }
    }

    @Test
    void everyCelexFollowsFromItsCitation() throws IOException {
        int checked = 0;
        for (Gold g : all()) {
            for (Gold.Cited c : g.cited()) {
                assertEquals(c.celex(), celex(c.citation(), g.kind()), g.name() + ": " + c.citation());
                checked++;
            }
            if (g.selfCelex() != null) {
                assertEquals(g.selfCelex(), celex(g.selfCitation(), g.kind()), g.name() + ": its own CELEX");
                checked++;
            }
        }
        assertTrue(checked > 50, "CELEX checked: " + checked);
    }

    @Test
    void theReadmeNamesEveryTextAndTheSplit() throws IOException {
        String readme = Files.readString(Gold.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<Gold> texts = Gold.load(Gold.SETS);
        assertFalse(texts.stream().noneMatch(g -> g.set().equals("held-out")), "a held-out set");
        for (Gold g : texts) {
            assertTrue(readme.contains(g.name()), "README.md does not name " + g.name());
        }
    }

    @Test
    void theBundledInstrumentListReads() {
        List<Instruments.Named> named = Instruments.load();
        assertTrue(named.size() >= 25, "named instruments: " + named.size());
        named.forEach(n -> assertFalse(n.identifiers().isEmpty() && n.labels().isEmpty(), n.name()));
    }

    /** The CELEX the rules give for a citation as written: sector, year, descriptor, number on 4 digits. */
    static String celex(String citation, String kind) {
        Matcher paper = PAPER.matcher(citation);
        if (paper.find()) {
            String type = paper.group(1).equals("JOIN") ? "JC" : paper.group(1).equals("SWD") ? "SC"
                    : kind.contains("proposal") ? "PC" : "DC";
            return "5" + paper.group(2) + type + pad(paper.group(3));
        }
        String lower = citation.toLowerCase(Locale.ROOT);
        String type = lower.contains("framework decision") ? "F" : lower.contains("joint action") ? "E"
                : lower.contains("directive") ? "L" : lower.contains("regulation") ? "R" : "D";
        Matcher m = NO.matcher(citation);
        if (m.find()) {
            return "3" + m.group(2) + type + pad(m.group(1));
        }
        m = NEW.matcher(citation);
        if (!m.find()) {
            m = OLD.matcher(citation);
            assertTrue(m.find(), "no act number in " + citation);
        }
        return "3" + m.group(1) + type + pad(m.group(2));
    }

    private static String pad(String number) {
        return "0".repeat(4 - number.length()) + number;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
