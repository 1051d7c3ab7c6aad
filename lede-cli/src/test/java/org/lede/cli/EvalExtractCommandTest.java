package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalExtractCommandTest {
    private static final String BODY = "The harbour master said the ferries would run again on Thursday, after a "
            + "week of storms that kept the fleet in port.";

    @Test
    void scoresLedeBesideTheStoredOutputsOfOtherExtractors(@TempDir Path dir) throws IOException {
        // An invented page in the benchmark's layout: gold body, gzipped page, one baseline that kept the
        // menu as well, one whose file is empty (as a benchmark copy without that extractor's answers).
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("baseline-output"));
        gzip(dir.resolve("html/p1.html.gz"), """
                <html><head><meta property="og:title" content="Ferries to sail again">
                <meta property="article:published_time" content="2024-03-14T08:00:00Z"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World news and analysis</a></nav>
                <article><p>%s</p></article></body></html>""".formatted(BODY));
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"p1": {"articleBody": "%s", "url": "https://news.example/2024/03/14/ferries"}}""".formatted(BODY));
        Files.writeString(dir.resolve("baseline-output/menu_keeper.json"), """
                {"p1": {"articleBody": "Home World news and analysis %s"}}""".formatted(BODY));
        Files.writeString(dir.resolve("baseline-output/absent.json"), "{}");

        StringWriter out = new StringWriter();
        int exit = new CommandLine(new Lede()).setOut(new PrintWriter(out))
                .execute("eval", "extract", dir.toString(), "--json");

        assertThat(exit).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("f1").asDouble()).isEqualTo(1.0);
        assertThat(report.get("by_type").get("lede").get("pages").asInt()).isEqualTo(1);
        assertThat(report.get("by_type").get("menu_keeper").get("precision").asDouble()).isLessThan(1.0);
        assertThat(report.get("by_type").get("menu_keeper").get("recall").asDouble()).isEqualTo(1.0);
        assertThat(report.get("by_type").has("absent")).isFalse();
        assertThat(report.has("no_stored_output_absent")).isTrue();
        assertThat(report.get("with_title").asInt()).isEqualTo(1);
        assertThat(report.get("published_matches_url_date").asInt()).isEqualTo(1);
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
