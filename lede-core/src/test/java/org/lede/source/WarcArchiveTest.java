package org.lede.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.model.Article;
import org.lede.source.ArchiveEntry.Skip;

class WarcArchiveTest {
    private static final String FERRIES = "<html><head><title>Ferries sail again</title></head><body><article>"
            + "<p>DURRES (Adriatic Press) - The harbour master said on Tuesday that the ferries would run again "
            + "after a week of storms.</p></article></body></html>";
    private static final String STRIKE = "<html><body><article><p>The dock workers' union ended its strike on "
            + "Wednesday after the port agreed to raise night-shift pay.</p></article></body></html>";
    private static final String FLOODS = "<html><body><article><p>Floods cut off a dozen mountain villages on "
            + "Thursday, and rescue teams reached two of them by evening.</p></article></body></html>";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(warning -> { });

    @Test
    void pagesAndWetTextComeOutWithTheRecordsAddressDateAndLanguageAndTheRestIsPassedOverOrNamed() throws IOException {
        Path warc = write("crawl.warc.gz", gzipped(
                record("warcinfo", null, "application/warc-fields", "software: test\r\n"),
                record("request", "https://news.example/ferries", "application/http; msgtype=request",
                        "GET /ferries HTTP/1.1\r\nHost: news.example\r\n\r\n"),
                response("https://news.example/ferries", "text/html; charset=utf-8", FERRIES),
                response("https://news.example/photo.jpg", "image/jpeg", "\u00ff\u00d8\u00ff\u00e0 not text"),
                conversionRecord("https://news.example/strike", "Strike ends\n\nThe dock workers' union ended "
                        + "its strike on Wednesday.")));

        List<ArchiveEntry> entries = entries(warc, ArticleReader.DEFAULT_LIMIT);

        assertThat(entries).hasSize(3);
        Article page = reader.read(entries.get(0).record());
        assertThat(page.url()).isEqualTo("https://news.example/ferries");
        assertThat(page.published()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(page.title()).isEqualTo("Ferries sail again");
        assertThat(page.outlet()).isEqualTo("Adriatic Press");
        assertThat(page.origin()).isEqualTo(warc + "#3");
        assertThat(entries.get(1).skipped()).isEqualTo(Skip.NOT_AN_ARTICLE);
        assertThat(entries.get(1).problem()).contains("#4").contains("photo.jpg").contains("image/jpeg");
        Article wet = reader.read(entries.get(2).record());
        assertThat(wet.title()).isEqualTo("Strike ends");
        assertThat(wet.text()).startsWith("The dock workers' union");
        assertThat(wet.language()).as("the crawler's identified language, eng, as ISO 639-1").isEqualTo("en");
    }

    @Test
    void aRecordWithAWrongLengthIsReportedAndTheRecordsAfterItAreRead() throws IOException {
        byte[] wrong = response("https://news.example/strike", "text/html", STRIKE);
        String text = new String(wrong, StandardCharsets.ISO_8859_1);
        int declared = Integer.parseInt(text.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        byte[] shortened = text.replace("Content-Length: " + declared, "Content-Length: " + (declared - 40))
                .getBytes(StandardCharsets.ISO_8859_1);
        for (boolean gzip : new boolean[] {true, false}) {
            byte[][] records = {response("https://news.example/ferries", "text/html", FERRIES), shortened,
                response("https://news.example/floods", "text/html", FLOODS)};
            Path warc = write(gzip ? "damaged.warc.gz" : "damaged.warc", gzip ? gzipped(records) : concat(records));

            List<ArchiveEntry> entries = entries(warc, ArticleReader.DEFAULT_LIMIT);

            assertThat(entries).extracting(e -> e.record() == null ? e.skipped().name() : e.record().url())
                    .as(gzip ? "gzip" : "plain").containsExactly("https://news.example/ferries", "DAMAGED",
                            "https://news.example/floods");
            assertThat(entries.get(1).problem()).contains(warc + "#2").contains("length");
        }
    }

    @Test
    void aTruncatedArchiveGivesTheRecordsBeforeTheCutAndOneLineSayingSo() throws IOException {
        byte[] whole = gzipped(response("https://news.example/ferries", "text/html", FERRIES),
                response("https://news.example/floods", "text/html", FLOODS));
        Path warc = write("cut.warc.gz", Arrays.copyOf(whole, whole.length - 60));

        List<ArchiveEntry> entries = entries(warc, ArticleReader.DEFAULT_LIMIT);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).record().url()).isEqualTo("https://news.example/ferries");
        assertThat(entries.get(1).skipped()).isEqualTo(Skip.TRUNCATED);
        assertThat(entries.get(1).problem()).contains("cut short");
    }

    @Test
    void aPageOverTheLimitIsSkippedAndTheNextOneRead() throws IOException {
        String huge = "<html><body>" + "<p>Filler paragraph of a page far too large to be one article.</p>".repeat(400)
                + "</body></html>";
        Path warc = write("big.warc.gz", gzipped(response("https://news.example/huge", "text/html", huge),
                response("https://news.example/floods", "text/html", FLOODS)));

        List<ArchiveEntry> entries = entries(warc, 4096);

        assertThat(entries.get(0).skipped()).isEqualTo(Skip.TOO_LARGE);
        assertThat(entries.get(0).problem()).contains("too large").contains("limit 4 KB");
        assertThat(entries.get(1).record().url()).isEqualTo("https://news.example/floods");
    }

    private List<ArchiveEntry> entries(Path warc, long limit) throws IOException {
        List<ArchiveEntry> entries = new ArrayList<>();
        try (WarcArchive archive = WarcArchive.open(warc, limit)) {
            archive.forEachRemaining(entries::add);
        }
        return entries;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] response(String url, String contentType, String html) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n" + html;
        return record("response", url, "application/http; msgtype=response", http);
    }

    static byte[] conversionRecord(String url, String text) {
        return record("conversion", url, "text/plain", text, "WARC-Identified-Content-Language: eng\r\n");
    }

    static byte[] record(String type, String url, String contentType, String block) {
        return record(type, url, contentType, block, "");
    }

    /** One WARC record written by hand, so a test can also write one wrong. */
    static byte[] record(String type, String url, String contentType, String block, String extraHeaders) {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\n"
                + (url == null ? "" : "WARC-Target-URI: " + url + "\r\n")
                + "WARC-Date: 2024-03-14T08:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(body) + ">\r\n"
                + extraHeaders
                + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.UTF_8), body, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Records as Common Crawl stores them: each one its own gzip member, the members one after another. */
    static byte[] gzipped(byte[]... records) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] record : records) {
            try (OutputStream member = new GZIPOutputStream(new NonClosing(all))) {
                member.write(record);
            }
        }
        return all.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
