package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private static ResultCache.Key key(String query) {
        return new ResultCache.Key("v1", "GET", "5:query=" + query.length() + ":" + query + "&", "", "text/csv");
    }

    private static ResultCache.Answer answer(int bytes) {
        return new ResultCache.Answer(Map.of("Content-Type", "text/csv"), new byte[bytes]);
    }

    private static ResultCache.Answer answer(String body) {
        return new ResultCache.Answer(Map.of("Content-Type", "text/csv"), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsAnAnswerAndGivesItBack() throws Exception {
        ResultCache c = new ResultCache(1 << 20);
        ResultCache.Claim first = c.claim(key("ASK {}"), PATIENCE);
        assertTrue(first.leader());
        assertTrue(first.found().isEmpty());
        c.settle(key("ASK {}"), answer("true"));
        ResultCache.Claim second = c.claim(key("ASK {}"), PATIENCE);
        assertFalse(second.leader());
        assertArrayEquals("true".getBytes(StandardCharsets.UTF_8), second.answer().body());
        assertEquals(1, c.hits());
        assertEquals(1, c.misses());
    }

    @Test
    void aNewReleaseDropsTheOldReleasesAnswersAndRefusesLateOnes() throws Exception {
        ResultCache c = new ResultCache(1 << 20);
        ResultCache.Key old = key("ASK {}");
        ResultCache.Key next = new ResultCache.Key("v2", old.method(), old.parameters(), old.body(), old.accept());
        c.put(old, answer("true"));
        c.retain("v2");
        assertEquals(0, c.size());
        assertEquals(0, c.held());
        c.put(old, answer("true"));  // evaluated on v1 while the server switched to v2
        assertEquals(0, c.size());
        c.put(next, answer("false"));
        assertArrayEquals("false".getBytes(StandardCharsets.UTF_8), c.claim(next, PATIENCE).answer().body());
    }

    @Test
    void keysDifferByEveryPart() throws Exception {
        ResultCache c = new ResultCache(1 << 20);
        ResultCache.Key k = key("ASK {}");
        c.put(k, answer("true"));
        for (ResultCache.Key other : new ResultCache.Key[] {
                new ResultCache.Key("v2", k.method(), k.parameters(), k.body(), k.accept()),
                new ResultCache.Key(k.version(), "POST", k.parameters(), k.body(), k.accept()),
                new ResultCache.Key(k.version(), k.method(), k.parameters() + "6:output=4:json&", k.body(), k.accept()),
                new ResultCache.Key(k.version(), k.method(), k.parameters(), "ASK {}", k.accept()),
                new ResultCache.Key(k.version(), k.method(), k.parameters(), k.body(), "text/tab-separated-values")}) {
            assertTrue(c.claim(other, PATIENCE).found().isEmpty(), other.toString());
            c.settle(other, null);
        }
        assertTrue(c.claim(k, PATIENCE).found().isPresent());
    }

    @Test
    void dropsTheLeastRecentlyUsedToStayWithinItsBound() throws Exception {
        ResultCache c = new ResultCache(80_000);
        c.put(key("a"), answer(9_000));
        c.put(key("b"), answer(9_000));
        assertTrue(c.claim(key("a"), PATIENCE).found().isPresent());
        for (int i = 0; i < 10; i++) {
            c.put(key("filler" + i), answer(9_000));
        }
        assertTrue(c.held() <= 80_000, "held " + c.held());
        assertTrue(c.claim(key("b"), PATIENCE).found().isEmpty(), "b was used least recently");
        assertEquals(8, c.size());
    }

    @Test
    void keepsNoAnswerLargerThanAnEighthOfItsBound() throws Exception {
        ResultCache c = new ResultCache(80_000);
        c.put(key("big"), answer(10_001));
        assertEquals(0, c.size());
        assertEquals(0, c.held());
        c.put(key("small"), answer(9_000));
        assertEquals(1, c.size());
    }

    @Test
    void aCacheOfNoBytesKeepsNothing() throws Exception {
        ResultCache c = new ResultCache(0);
        assertFalse(c.enabled());
        c.put(key("a"), answer(1));
        assertEquals(0, c.size());
        assertThrows(IllegalArgumentException.class, () -> new ResultCache(-1));
    }

    @Test
    void requestsForOneQueryTogetherEvaluateItOnce() throws Exception {
        ResultCache c = new ResultCache(1 << 20);
        ResultCache.Key k = key("SELECT * { ?s ?p ?o }");
        assertTrue(c.claim(k, PATIENCE).leader());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch waiting = new CountDownLatch(3);
            Future<?>[] followers = new Future<?>[3];
            for (int i = 0; i < 3; i++) {
                followers[i] = pool.submit(() -> {
                    waiting.countDown();
                    return c.claim(k, PATIENCE);
                });
            }
            assertTrue(waiting.await(5, TimeUnit.SECONDS));
            while (c.misses() < 4) {
                Thread.onSpinWait();
            }
            c.settle(k, answer("s,p,o"));
            for (Future<?> f : followers) {
                ResultCache.Claim got = (ResultCache.Claim) f.get(5, TimeUnit.SECONDS);
                assertFalse(got.leader());
                assertEquals("s,p,o", new String(got.answer().body(), StandardCharsets.UTF_8));
            }
            assertEquals(3, c.shared());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutTheLeadersAnswerFollowersEvaluateThemselves() throws Exception {
        ResultCache c = new ResultCache(1 << 20);
        ResultCache.Key k = key("SELECT * { ?s ?p ?o } LIMIT 1");
        assertTrue(c.claim(k, PATIENCE).leader());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ResultCache.Claim> follower = pool.submit(() -> c.claim(k, PATIENCE));
            while (c.misses() < 2) {
                Thread.onSpinWait();
            }
            c.settle(k, null);
            ResultCache.Claim got = follower.get(5, TimeUnit.SECONDS);
            assertNull(got.answer());
            assertFalse(got.leader(), "a follower that evaluates does not settle the key");
            assertTrue(c.claim(k, PATIENCE).leader(), "the key is free again");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFollowerStopsWaitingAfterItsPatience() throws Exception {
        ResultCache c = new ResultCache(1 << 20);
        ResultCache.Key k = key("ASK { ?s ?p ?o }");
        assertTrue(c.claim(k, PATIENCE).leader());
        ResultCache.Claim got = c.claim(k, Duration.ofMillis(50));
        assertNull(got.answer());
        assertFalse(got.leader());
    }

    @Test
    void queriesWhoseAnswerMayChangeAreNeverKept() {
        for (String q : new String[] {
                "SELECT (RAND() AS ?r) {}", "SELECT (now() AS ?t) {}", "SELECT (UUID() AS ?u) {}",
                "SELECT (STRUUID() AS ?u) {}", "SELECT (BNODE() AS ?b) {}", "SELECT ?t { BIND(NOW ( ) AS ?t) }",
                "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:nanoTime() AS ?t) {}",
                "SELECT (<http://jena.apache.org/ARQ/function#now>() AS ?t) {}",
                "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "select * { service silent <http://example.org/sparql> { ?s ?p ?o } }"}) {
            assertFalse(ResultCache.cacheable(q), q);
        }
        for (String q : new String[] {
                "SELECT ?s { ?s ?p ?o } ORDER BY ?s", "SELECT ?operand { ?operand a ?now_ }",
                "SELECT * { ?s <http://example.org/services> ?o }", "ASK { ?s <http://example.org/brand> ?o }",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s"}) {
            assertTrue(ResultCache.cacheable(q), q);
        }
    }
}
