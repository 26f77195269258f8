package org.policylod.serve;

import java.time.Duration;
import java.util.Optional;

/**
 * What an operator may set when starting the server, beyond fuseki-config/.
 *
 * @param cacheBytes bound of the result cache in bytes; 0 turns it off
 * @param timeout    query time limit replacing the one of fuseki-config/timeouts.ttl, if present
 */
public record Settings(long cacheBytes, Optional<Duration> timeout) {
    /** The defaults: a 64 MiB result cache and the time limit of fuseki-config/. */
    public static final Settings DEFAULT = new Settings(ResultCache.DEFAULT_BYTES, Optional.empty());

    public Settings {
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("cache size " + cacheBytes + " < 0");
        }
        if (timeout.isPresent() && (timeout.get().isNegative() || timeout.get().isZero())) {
            throw new IllegalArgumentException("query time limit " + timeout.get() + " must be positive");
        }
    }

    public Settings withCacheBytes(long bytes) {
        return new Settings(bytes, timeout);
    }

    public Settings withTimeout(Duration limit) {
        return new Settings(cacheBytes, Optional.of(limit));
    }
}
