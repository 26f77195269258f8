package org.policylod.serve;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Answers to queries of the release being served, kept in memory so that the same request is
 * answered again without evaluating its query. A release never changes while it is served, so an
 * answer stays right for as long as the release does; the key holds the release version all the
 * same, and when the server switches to a new release the old one's answers go ({@link #retain}). Bounded by the bytes it holds, least recently used
 * first out.
 */
final class ResultCache {
    /** Default bound of the bytes held (answers and keys). */
    static final long DEFAULT_BYTES = 64L << 20;

    /**
     * Queries whose answer may differ from one evaluation to the next (SPARQL's RAND, NOW, UUID,
     * STRUUID, BNODE and ARQ's clock and random functions), or depends on another endpoint
     * (SERVICE): never kept. Matching the text is cruder than walking the parsed query, and errs
     * the safe way: a word that only looks like a call (in a string) just leaves a query uncached.
     */
    static final Pattern VOLATILE = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}_])(rand|random|now|uuid|struuid|bnode|nanotime|systemtime|sysdate|timeofday)"
                    + "\\s*>?\\s*\\(|(?<![\\p{L}\\p{N}_])service(?![\\p{L}\\p{N}_])");

    /**
     * What identifies one answer: the release, the request method (Fuseki varies some headers by
     * it), every parameter (query, default-graph-uri, output, ...), a query sent as the body, and
     * the Accept header, from which Fuseki picks the result format.
     */
    record Key(String version, String method, String parameters, String body, String accept) {
        long bytes() {
            return 2L * (version.length() + method.length() + parameters.length() + body.length() + accept.length()) + 64;
        }
    }

    /**
     * A complete 200 answer: the headers that describe it (media type, Vary, caching), as they were
     * when it was first sent, and its bytes.
     */
    record Answer(Map<String, String> headers, byte[] body) {
        /** The headers kept; the others are per request (CORS, Date) or set again (Content-Length). */
        static final List<String> KEPT = List.of("Content-Type", "Vary", "Cache-Control", "Pragma", "ETag");

        Answer {
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        }

        long bytes() {
            long b = body.length + 64;
            for (Map.Entry<String, String> h : headers.entrySet()) {
                b += 2L * (h.getKey().length() + h.getValue().length()) + 32;
            }
            return b;
        }
    }

    private final long capacity;
    private final long largest;
    private final Map<Key, Answer> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long held;
    private String version;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong shared = new AtomicLong();
    private final Map<Key, CompletableFuture<Optional<Answer>>> pending = new HashMap<>();

    /** A cache of at most {@code capacity} bytes (0: keeps nothing); one answer at most an eighth of it. */
    ResultCache(long capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache size " + capacity + " < 0");
        }
        this.capacity = capacity;
        this.largest = capacity / 8;
    }

    boolean enabled() {
        return capacity > 0;
    }

    /** True when the answer to {@code query} may be kept and reused. */
    static boolean cacheable(String query) {
        return !VOLATILE.matcher(query).find();
    }

    /**
     * What {@link #claim} found: an answer to send, or none, and then whether the caller is the one
     * evaluating the query for every request of the same key (it must {@link #settle} the key).
     */
    record Claim(Answer answer, boolean leader) {
        Optional<Answer> found() {
            return Optional.ofNullable(answer);
        }
    }

    /**
     * The answer to {@code key}: kept, or awaited from a request for the same key that is being
     * answered now, so that clients sending one query together evaluate it once. Without one the
     * caller evaluates the query itself; when it is the leader, it must {@link #settle} the key
     * with its answer or none, whatever happens.
     *
     * @param patience how long to wait for another request's answer; past it, evaluate anew
     */
    Claim claim(Key key, Duration patience) throws InterruptedException {
        CompletableFuture<Optional<Answer>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Answer>> other;
        synchronized (this) {
            Answer a = entries.get(key);
            if (a != null) {
                hits.incrementAndGet();
                return new Claim(a, false);
            }
            misses.incrementAndGet();
            other = pending.putIfAbsent(key, mine);
        }
        if (other == null) {
            return new Claim(null, true);
        }
        try {
            Optional<Answer> a = other.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            a.ifPresent(x -> shared.incrementAndGet());
            return new Claim(a.orElse(null), false);
        } catch (ExecutionException | TimeoutException e) {
            return new Claim(null, false);
        }
    }

    /**
     * Ends the evaluation the caller {@link #claim}ed as leader: keeps a complete answer and hands
     * it to the requests waiting for it (with none, each of them evaluates the query itself).
     */
    void settle(Key key, Answer answer) {
        if (answer != null) {
            put(key, answer);
        }
        CompletableFuture<Optional<Answer>> f;
        synchronized (this) {
            f = pending.remove(key);
        }
        if (f != null) {
            f.complete(Optional.ofNullable(answer));
        }
    }

    /**
     * From now on keeps only answers of release {@code version}: drops the others, and refuses those
     * of an older release still being evaluated when the server switched to this one.
     */
    synchronized void retain(String version) {
        this.version = version;
        Iterator<Map.Entry<Key, Answer>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, Answer> e = it.next();
            if (!e.getKey().version().equals(version)) {
                held -= e.getKey().bytes() + e.getValue().bytes();
                it.remove();
            }
        }
    }

    /** Keeps an answer, dropping the least recently used ones to stay within the bound. */
    synchronized void put(Key key, Answer answer) {
        long size = key.bytes() + answer.bytes();
        if (size > largest || version != null && !version.equals(key.version())) {
            return;
        }
        Answer old = entries.put(key, answer);
        held += size - (old == null ? 0 : key.bytes() + old.bytes());
        Iterator<Map.Entry<Key, Answer>> it = entries.entrySet().iterator();
        while (held > capacity && it.hasNext()) {
            Map.Entry<Key, Answer> e = it.next();
            held -= e.getKey().bytes() + e.getValue().bytes();
            it.remove();
        }
    }

    synchronized long held() {
        return held;
    }

    synchronized int size() {
        return entries.size();
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    /** Misses answered by waiting for the same query's evaluation under way. */
    long shared() {
        return shared.get();
    }
}
