package org.policylod.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A short, fixed run of {@link Fuzz}: mutated seed documents give a graph or an input error, nothing else. */
class FuzzTest {
    static final int CASES = 200;

    @Test
    void mutatedDocumentsGiveAGraphOrAnInputError() throws Exception {
        Fuzz fuzz = new Fuzz();
        List<Fuzz.Result> crashes = fuzz.run(1, CASES);
        assertEquals(List.of(), crashes.stream().map(r -> "seed " + r.seed() + ": " + r.crash())
                .collect(Collectors.toList()), "reproduce with -Dfuzz.seed=SEED -Dfuzz.cases=1 -Pfuzz");
    }

    @Test
    void theMutatorIsRepeatableAndChangesTheText() throws Exception {
        String seed = java.nio.file.Files.readString(Fuzz.SEED);
        assertEquals(new Mutator(42).mutate(seed), new Mutator(42).mutate(seed));
        assertNotEquals(seed, new Mutator(42).mutate(seed));
        assertNotEquals(new Mutator(42).mutate(seed), new Mutator(43).mutate(seed));
    }
}
