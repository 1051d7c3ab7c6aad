package org.lede.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lede.pipeline.Pipeline;
import org.lede.server.LedeServer;
import org.lede.server.ServerSettings;
import org.lede.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede serve}: the HTTP API and the web page over a corpus, until stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the corpus: a web page at / to search it, read articles with their quotes and provenance, and "
                    + "see entities; and the JSON API under /api/ (docs/openapi.yaml).",
            "",
            "Writing (POST /api/articles) needs the API token: LEDE_API_TOKEN, else the file given with "
                    + "--token-file, else a new random token printed at start. Ctrl-C stops the server; every "
                    + "article it acknowledged is stored."})
final class ServeCommand implements Callable<Integer> {
    private static final int TOKEN_BYTES = 24;

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the API token for writes.")
    Path tokenFile;

    @Option(names = "--rate", paramLabel = "N", description = "Requests per second one client may make "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "50")
    double rate;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "1000000",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        String token = token(err);
        ServerSettings settings = new ServerSettings(host, port, token, maxRequestBytes, rate);
        CountDownLatch stopped = new CountDownLatch(1);
        try (CorpusStore store = corpus.open();
             LedeServer server = new LedeServer(store, Pipeline.standard(), settings).start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                store.close();
                stopped.countDown();
            }, "lede-shutdown"));
            err.println("lede: serving " + corpus.describe() + " (" + store.count() + " articles) at http://"
                    + host + ":" + server.port() + "/ ; Ctrl-C stops");
            err.flush();
            stopped.await();
        }
        return 0;
    }

    private String token(PrintWriter err) throws IOException {
        String fromEnvironment = System.getenv("LEDE_API_TOKEN");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        if (tokenFile != null) {
            return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        }
        byte[] random = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        err.println("lede: API token for writes (set LEDE_API_TOKEN to choose one): " + token);
        return token;
    }
}
