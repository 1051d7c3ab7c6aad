package org.lede.server;

/**
 * How the server listens and what it lets a client do.
 *
 * @param host              address to bind; loopback unless the corpus is meant to be reached from outside
 * @param port              0 for any free port
 * @param apiToken          the bearer token write requests must carry
 * @param maxRequestBytes   the largest request body accepted
 * @param requestsPerSecond sustained requests one client address may make; bursts of twice that pass
 */
public record ServerSettings(String host, int port, String apiToken, long maxRequestBytes, double requestsPerSecond) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;
    public static final double DEFAULT_REQUESTS_PER_SECOND = 50;

    public ServerSettings {
        if (apiToken == null || apiToken.length() < 16) {
            throw new IllegalArgumentException("the API token must have at least 16 characters");
        }
        if (maxRequestBytes < 1 || requestsPerSecond <= 0) {
            throw new IllegalArgumentException("request size and rate limits must be positive");
        }
    }

    public static ServerSettings loopback(int port, String apiToken) {
        return new ServerSettings(LOOPBACK, port, apiToken, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_REQUESTS_PER_SECOND);
    }

    public ServerSettings withRequestsPerSecond(double rate) {
        return new ServerSettings(host, port, apiToken, maxRequestBytes, rate);
    }
}
