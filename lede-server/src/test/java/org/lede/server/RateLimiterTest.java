package org.lede.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private long now;
    private final RateLimiter limiter = new RateLimiter(2, () -> now);

    @Test
    void aBurstOfTwiceTheRatePassesThenTheClientWaitsForTokens() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.allow("10.0.0.1")).as("request " + i).isTrue();
        }
        assertThat(limiter.allow("10.0.0.1")).isFalse();

        now += 500_000_000L;

        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isFalse();
    }

    @Test
    void clientsAreCountedApart() {
        for (int i = 0; i < 4; i++) {
            limiter.allow("10.0.0.1");
        }

        assertThat(limiter.allow("10.0.0.1")).isFalse();
        assertThat(limiter.allow("10.0.0.2")).isTrue();
    }
}
