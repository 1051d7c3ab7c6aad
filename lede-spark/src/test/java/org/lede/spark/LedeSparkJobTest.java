package org.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The whole job in local mode over a small WARC written here: read, deduplicate, analyse, aggregate. */
class LedeSparkJobTest {
    private static final String BRIDGE = "TIRANA (Adriatic Press) - Prime Minister Edi Rama said on Tuesday that "
            + "the government would rebuild the Drin bridge before the winter. \u201CWe will not leave the villages "
            + "cut off,\u201D Rama told reporters in Shkoder. The interior ministry said about 2,000 people had been "
            + "stranded since the floods began on Sunday.";
    private static final String FERRIES = "DURRES (Adriatic Press) - The harbour master said on Tuesday that the "
            + "ferries would run again after a week of storms that kept the fleet in port. About 2,000 passengers "
            + "had been stranded since Monday, the port authority said, and extra crossings to Bari were planned.";

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("lede-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void analysesAWarcIntoArticleRowsAndAggregateTablesDroppingExactDuplicates() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(page("https://news.example/bridge", "text/html", html(BRIDGE)));
            writer.write(page("https://news.example/ferries", "text/html", html(FERRIES)));
            writer.write(page("https://mirror.example/ferries", "text/html", html(FERRIES)));
            writer.write(page("https://news.example/ferries-update", "text/html",
                    html(FERRIES + " The union said its members would work double shifts.")));
            writer.write(page("https://news.example/logo.png", "image/png", "\u0089PNG"));
        }
        String output = dir.resolve("out").toString();

        LedeSparkJob.Summary summary = new LedeSparkJob(spark,
                JobOptions.parse(new String[] {"--input", warc.toString(), "--output", output})).run();

        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.exactDuplicates()).isEqualTo(1);
        assertThat(summary.analysed()).isEqualTo(3);
        assertThat(summary.skipped()).containsEntry("not an article", 1L);
        assertThat(summary.nearPairs()).isEqualTo(1);

        Dataset<Row> articles = spark.read().parquet(output + "/articles");
        assertThat(articles.count()).isEqualTo(3);
        Row bridge = articles.filter("article.url = 'https://news.example/bridge'").first();
        assertThat(bridge.<Row>getAs("article").<String>getAs("published")).isEqualTo("2024-03-14");
        assertThat(bridge.<Row>getAs("article").<String>getAs("outlet")).isEqualTo("Adriatic Press");
        List<Row> entities = bridge.getList(bridge.fieldIndex("entities"));
        assertThat(entities).extracting(e -> e.<String>getAs("name")).contains("Edi Rama");
        assertThat(bridge.getList(bridge.fieldIndex("quotes"))).isNotEmpty();

        List<Row> speakers = spark.read().parquet(output + "/speakers").collectAsList();
        assertThat(speakers).extracting(r -> r.<String>getAs("speaker") + " / " + r.<String>getAs("outlet") + " / "
                + r.<String>getAs("day")).contains("Edi Rama / Adriatic Press / 2024-03-14");
        Dataset<Row> actors = spark.read().parquet(output + "/actors");
        assertThat(actors.filter("actor = 'Edi Rama' and label = 'PERSON' and outlet = 'Adriatic Press'").count())
                .isEqualTo(1);
        Row pair = spark.read().parquet(output + "/near_duplicates").first();
        assertThat(List.of(pair.<String>getAs("url"), pair.<String>getAs("other_url")))
                .contains("https://news.example/ferries-update");
    }

    private static String html(String story) {
        return "<html><body><article><p>" + story + "</p></article></body></html>";
    }

    private static WarcResponse page(String url, String contentType, String body) throws IOException {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-14T08:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http).build();
    }
}
