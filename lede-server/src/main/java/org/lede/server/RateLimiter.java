package org.lede.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each may make {@code rate} requests a second on average and a burst of twice
 * that. Buckets of clients gone quiet are dropped, so a scan from many addresses cannot fill the memory.
 */
final class RateLimiter {
    private static final int MAX_CLIENTS = 10_000;

    private final double rate;
    private final double burst;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double rate) {
        this(rate, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} counts them */
    RateLimiter(double rate, LongSupplier clock) {
        this.rate = rate;
        this.burst = Math.max(1, 2 * rate);
        this.clock = clock;
    }

    /** True when the client may make this request now; the request is counted. */
    boolean allow(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(now)).take(now);
    }

    /** Seconds until a client that was refused will have a request again. */
    long retryAfterSeconds() {
        return (long) Math.ceil(1 / rate);
    }

    private final class Bucket {
        private double tokens = burst;
        private long last;

        Bucket(long now) {
            last = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
            last = now;
        }
    }
}
