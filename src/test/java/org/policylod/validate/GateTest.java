package org.policylod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GateTest {
    private static final Gate GATE = Gate.create();

    @Test
    void positiveExampleConformsWithoutAnyResult() {
        Verdict v = GATE.check(Examples.read("positive/publication.ttl"));
        assertEquals(0, v.violations(), v.summary());
        assertEquals(0, v.warnings(), v.summary());
        assertTrue(v.conforms());
    }
}
