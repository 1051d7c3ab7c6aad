package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.cli.AnalyzeCommandTest.lede;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code lede analyze} over WARC archives and feeds, damaged ones included, all built here. */
class AnalyzeArchivesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aDamagedArchiveReportsEachBadRecordAnalysesTheRestAndCountsTheSkips() throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(gzipMember(page("https://news.example/ferries", "text/html",
                story("DURRES (Adriatic Press) - The harbour master said on Tuesday that the ferries would run "
                        + "again after a week of storms."))));
        warc.writeBytes(gzipMember(withLength(page("https://news.example/strike", "text/html",
                story("The dock workers' union ended its strike on Wednesday, its leader said.")), -25)));
        warc.writeBytes(gzipMember(page("https://news.example/chart.png", "image/png", "\u0089PNG not a page")));
        warc.writeBytes(gzipMember(page("https://news.example/dump", "text/html",
                "<html><body>" + "<p>A page far larger than any article could be, fifty megabytes of it.</p>"
                        .repeat(50 * 1024 * 1024 / 72) + "</body></html>")));
        warc.writeBytes(gzipMember(page("https://news.example/floods", "text/html",
                story("Floods cut off a dozen mountain villages on Thursday, the interior ministry said."))));
        byte[] last = gzipMember(page("https://news.example/late", "text/html", story("Cut off in transfer.")));
        warc.writeBytes(Arrays.copyOf(last, last.length / 2));
        Path archive = Files.write(dir.resolve("crawl.warc.gz"), warc.toByteArray());

        AnalyzeCommandTest.Run run = lede("analyze", archive.toString());

        assertThat(run.exit()).isEqualTo(AnalyzeCommand.EXIT_SOME_SKIPPED);
        assertThat(run.outLines()).hasSize(2);
        JsonNode ferries = JSON.readTree(run.outLines().get(0)).path("article");
        assertThat(ferries.path("url").asText()).isEqualTo("https://news.example/ferries");
        assertThat(ferries.path("published").asText()).isEqualTo("2024-03-14");
        assertThat(ferries.path("origin").asText()).isEqualTo(archive + "#1");
        assertThat(JSON.readTree(run.outLines().get(1)).path("article").path("url").asText())
                .isEqualTo("https://news.example/floods");
        assertThat(run.errLines()).hasSize(5);
        assertThat(run.errLines().get(0)).contains(archive + "#2").contains("length");
        assertThat(run.errLines().get(1)).contains("chart.png").contains("image/png");
        assertThat(run.errLines().get(2)).contains("dump").contains("MB is too large");
        assertThat(run.errLines().get(3)).contains("cut short");
        assertThat(run.errLines().get(4)).isEqualTo("lede: 2 analysed, 4 skipped (1 cut short, "
                + "1 damaged record, 1 not an article, 1 too large)");
    }

    @Test
    void anRssFeedsItemsAreArticlesWithTheirTitlesLinksDatesAndAuthors() throws IOException {
        Path feed = Files.writeString(dir.resolve("port.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>Adriatic Press</title><link>https://news.example/</link><language>en-gb</language>
                <item><title>Ferries sail again</title><link>https://news.example/ferries</link>
                <pubDate>Thu, 14 Mar 2024 08:00:00 GMT</pubDate><author>desk@news.example (Ana Krasniqi)</author>
                <content:encoded><![CDATA[<p>The harbour master said on Tuesday that the ferries would run again
                after a week of storms.</p>]]></content:encoded></item>
                <item><title>Strike ends</title><link>https://news.example/strike</link>
                <description>The dock workers' union ended its strike on Wednesday, its leader said.</description>
                </item>
                </channel></rss>""");

        AnalyzeCommandTest.Run run = lede("analyze", feed.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).hasSize(2);
        JsonNode first = JSON.readTree(run.outLines().get(0)).path("article");
        assertThat(first.path("title").asText()).isEqualTo("Ferries sail again");
        assertThat(first.path("url").asText()).isEqualTo("https://news.example/ferries");
        assertThat(first.path("published").asText()).isEqualTo("2024-03-14");
        assertThat(first.path("outlet").asText()).isEqualTo("Adriatic Press");
        assertThat(first.path("author").asText()).contains("Ana Krasniqi");
        assertThat(first.path("text").asText()).startsWith("The harbour master said on Tuesday");
        assertThat(JSON.readTree(run.outLines().get(1)).path("article").path("text").asText())
                .isEqualTo("The dock workers' union ended its strike on Wednesday, its leader said.");
    }

    @Test
    void aFeedCutShortGivesTheItemsBeforeTheBreakAndSaysWhereItBrokeOff() throws IOException {
        String whole = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Adriatic Press</title>
                <item><title>Ferries sail again</title><link>https://news.example/ferries</link>
                <description>The harbour master said on Tuesday that the ferries would run again.</description></item>
                <item><title>Strike ends</title><link>https://news.example/strike</link>
                <description>The dock workers' union ended its strike on Wednesday, its leader said.</description>
                </item>
                </channel></rss>""";
        Path cut = Files.writeString(dir.resolve("cut.rss"), whole.substring(0, whole.indexOf("its strike")));
        Path garbled = Files.writeString(dir.resolve("garbled.rss"), "<rss><channel><title>x</title><descr");

        AnalyzeCommandTest.Run run = lede("analyze", cut.toString());
        AnalyzeCommandTest.Run none = lede("analyze", garbled.toString());

        assertThat(run.exit()).isEqualTo(AnalyzeCommand.EXIT_SOME_SKIPPED);
        assertThat(run.outLines()).hasSize(1);
        assertThat(JSON.readTree(run.outLines().get(0)).path("article").path("title").asText())
                .isEqualTo("Ferries sail again");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("lede: " + cut + ": breaks off inside item 2 (")
                .endsWith("the feed was cut short; the item before it was read");
        assertThat(run.errLines().get(1)).isEqualTo("lede: 1 analysed, 1 skipped (1 cut short)");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.errLines().get(0)).startsWith("lede: " + garbled + ": not an RSS or Atom feed (");
    }

    @Test
    void anArticleNotInEnglishIsNamedAndSkippedUnlessAnyLanguageIsAsked() throws IOException {
        Files.writeString(dir.resolve("ferries.txt"), "The harbour master said on Tuesday that the ferries would "
                + "run again after a week of storms.");
        Path french = Files.writeString(dir.resolve("traversiers.txt"), "Le capitaine du port a déclaré mardi que "
                + "les ferries reprendraient leur service après une semaine de tempêtes.");

        AnalyzeCommandTest.Run run = lede("analyze", dir.toString());

        assertThat(run.exit()).isEqualTo(AnalyzeCommand.EXIT_SOME_SKIPPED);
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.errLines()).containsExactly("lede: " + french + ": written in French (fr), and Lede's "
                + "models read English; --any-language analyses it anyway",
                "lede: 1 analysed, 1 skipped (1 not English)");

        AnalyzeCommandTest.Run any = lede("analyze", "--any-language", french.toString(), "--format", "json");
        assertThat(any.exit()).isZero();
        assertThat(JSON.readTree(any.out()).path("article").path("language").asText()).isEqualTo("fr");
    }

    @Test
    void aFeedAddressIsFetchedOnceAndItsItemsAnalysed() throws IOException {
        byte[] feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Coastal Herald</title>
                <entry><title>Ferries sail again</title><link href="https://news.example/ferries"/>
                <updated>2024-03-14T08:00:00Z</updated><author><name>Ana Krasniqi</name></author>
                <content type="html">&lt;p&gt;The harbour master said on Tuesday that the ferries would run
                again after a week of storms.&lt;/p&gt;</content></entry>
                </feed>""".getBytes(StandardCharsets.UTF_8);
        List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/feed") ? 200 : 404, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                if (exchange.getRequestURI().getPath().equals("/feed")) {
                    body.write(feed);
                }
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            AnalyzeCommandTest.Run run = lede("analyze", base + "/feed");
            AnalyzeCommandTest.Run missing = lede("analyze", base + "/gone");

            assertThat(run.exit()).isZero();
            JsonNode article = JSON.readTree(run.outLines().get(0)).path("article");
            assertThat(article.path("title").asText()).isEqualTo("Ferries sail again");
            assertThat(article.path("author").asText()).isEqualTo("Ana Krasniqi");
            assertThat(article.path("outlet").asText()).isEqualTo("Coastal Herald");
            assertThat(requested).as("the feed only; the item's link is not fetched").containsExactly("/feed", "/gone");
            assertThat(missing.exit()).isEqualTo(1);
            assertThat(missing.errLines()).contains("lede: " + base + "/gone: the server answered HTTP 404; check "
                    + "the address");
        } finally {
            server.stop(0);
        }
    }

    private static String story(String paragraph) {
        return "<html><body><article><p>" + paragraph + "</p></article></body></html>";
    }

    /** One response record as jwarc writes it, uncompressed. */
    private static byte[] page(String url, String contentType, String body) throws IOException {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
        WarcResponse record = new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-14T08:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WarcWriter(Channels.newChannel(out), WarcCompression.NONE).write(record);
        return out.toByteArray();
    }

    /** The record with its Content-Length off by {@code delta}: the damage a bad writer leaves. */
    private static byte[] withLength(byte[] record, int delta) {
        String text = new String(record, StandardCharsets.ISO_8859_1);
        int length = Integer.parseInt(text.replaceAll("(?s).*?Content-Length: (\\d+).*", "$1"));
        return text.replaceFirst("Content-Length: " + length, "Content-Length: " + (length + delta))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] gzipMember(byte[] record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(record);
        }
        return out.toByteArray();
    }
}
