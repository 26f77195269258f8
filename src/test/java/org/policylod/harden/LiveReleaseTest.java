package org.policylod.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylod.publish.Publication;

/**
 * A server that follows its publication switches to a new release while clients query it: every
 * request is answered, each answer is wholly of the release its entity tag names (never a mix),
 * and once the switch is seen, new requests get the new release, the home page included.
 */
class LiveReleaseTest extends Server {
    static final String COUNT = PublishWhileServingTest.COUNT;
    static final int CLIENTS = 4;

    @BeforeAll
    static void follow() {
        server.follow(Publication.at(pub));
    }

    private static String current() throws Exception {
        return Files.readSymbolicLink(pub.resolve("current")).getFileName().toString();
    }

    /** The release an answer's entity tag names (serve.Caching: "VERSION-VARIANT"). */
    private static String release(HttpResponse<?> r) {
        String tag = r.headers().firstValue("ETag").orElseThrow();
        return tag.substring(1, tag.lastIndexOf('-'));
    }

    @Test
    void aNewPublishIsServedWithoutARestartAndNoRequestFails() throws Exception {
        String before = current();
        String countBefore = query(COUNT).body();
        AtomicBoolean done = new AtomicBoolean();
        Map<String, String> countOf = new ConcurrentHashMap<>();
        List<String> problems = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> answered = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            answered.add(clients.submit(() -> {
                int n = 0;
                while (!done.get()) {
                    HttpResponse<String> r = query(COUNT);
                    if (r.statusCode() != 200) {
                        synchronized (problems) {
                            problems.add(r.statusCode() + " " + r.body());
                        }
                    } else if (!r.body().equals(countOf.computeIfAbsent(release(r), v -> r.body()))) {
                        synchronized (problems) {
                            problems.add("release " + release(r) + " answered both " + countOf.get(release(r)) + " and " + r.body());
                        }
                    }
                    n++;
                }
                return n;
            }));
        }
        try {
            Path changed = Files.writeString(dir.resolve("live.txt"),
                    Files.readString(Fuzz.SEED) + "\nThis closing paragraph makes a new release.\n");
            Cli.Run r = Cli.run("publish", "--out", pub.toString(), changed.toString());
            assertEquals(0, r.code(), r.toString());
            String after = current();
            assertNotEquals(before, after);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!release(query(COUNT)).equals(after)) {
                assertTrue(System.nanoTime() < deadline, "release " + after + " not served after " + PATIENCE);
                Thread.sleep(50);
            }
            HttpResponse<String> countAfter = query(COUNT);
            assertEquals(after, release(countAfter));
            assertNotEquals(countBefore, countAfter.body(), "the new release has one more paragraph");
            HttpResponse<String> home = get("/", "text/html");
            assertTrue(home.body().contains("Release <strong>" + after + "</strong>"), home.body());
        } finally {
            done.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
        int total = 0;
        for (Future<Integer> f : answered) {
            total += f.get();
        }
        assertTrue(total > 0);
        assertEquals(List.of(), problems);
        assertEquals(countBefore, countOf.get(before), "answers tagged with the old release are of the old release");
    }
}
