package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HomeTitleTest {
    @Test
    void theFirstSentenceOfTheOpeningComment() {
        assertEquals("Question: which agencies cooperate with which missions and operations?", HomeServlet.title(
                "# Question: which agencies cooperate with which missions and\n# operations? More text.\n#\nSELECT"));
        assertEquals("Every redaction, in document order.", HomeServlet.title(
                "\n# Every redaction, in document order. Columns follow\nSELECT * {}"));
        assertEquals("No full stop", HomeServlet.title("# No full stop\n#\n# Columns: ?x\nASK {}"));
        assertEquals("", HomeServlet.title("SELECT * {} # not a title"));
    }
}
