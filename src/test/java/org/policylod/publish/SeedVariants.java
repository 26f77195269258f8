package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled document, and variants of it that break the gate, for the tests of several packages. */
public final class SeedVariants {
    public static final Path SEED = Path.of("corpus", "000_420cf6d4ecb3b66e.txt");

    private SeedVariants() {
    }

    /**
     * The seed under other numbers (ST 12494/22 enclosing EEAS(2022) 1467), written to
     * {@code dir/other.txt}: another document that conforms and names the same bodies and missions.
     */
    public static Path renumbered(Path dir) throws IOException {
        return Files.writeString(dir.resolve("other.txt"), Files.readString(SEED)
                .replace("12493/22", "12494/22").replace("EEAS(2022) 1466", "EEAS(2022) 1467"));
    }

    /**
     * The seed with footnote 3 (marker and text) cut out, written to {@code dir/gap.txt}: footnote
     * numbers 1, 2, 4, ... break the shape plos:FootnoteNumbering.
     */
    public static Path withoutFootnote3(Path dir) throws IOException {
        String seed = Files.readString(SEED);
        String note = " See FFT EEAS(2019) 617 for a general introduction to mini-concepts.\n";
        String cut = seed.replace("(mini-concepts<sup>3</sup>)", "(mini-concepts)").replace("<sup>3</sup>" + note, "");
        assertEquals(seed.length() - "<sup>3</sup>".length() * 2 - note.length(), cut.length(),
                "the seed changed: update this cut");
        return Files.writeString(dir.resolve("gap.txt"), cut);
    }
}
