package org.lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.lede.dedupe.MinHasher;
import org.lede.model.Article;
import org.lede.source.ArchiveEntry;
import org.lede.source.ArticleReader;
import org.lede.source.InputException;
import org.lede.source.LanguageIdentifier;
import org.lede.source.WarcArchive;

/**
 * Articles as Spark rows, the form in which they are deduplicated before analysis: what {@link Article}
 * holds, plus the keys for exact and near duplicates ({@link MinHasher}). Built inside executors from the
 * bytes of WARC files or the lines of JSON Lines files; a record that gives no article is passed to a
 * sink that counts it, and reading goes on.
 */
final class ArticleRows {
    static final StructType SCHEMA = new StructType()
            .add("origin", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("published", DataTypes.DateType)
            .add("dateline", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("author", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("exact_key", DataTypes.StringType)
            .add("signature", DataTypes.createArrayType(DataTypes.LongType, false))
            .add("band_keys", DataTypes.createArrayType(DataTypes.StringType, false));

    private static final MinHasher HASHER = new MinHasher();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleRows() {
    }

    /** Why an input gave no article, for the job's counts: an archive's reasons, or these. */
    static final String UNREADABLE = "unreadable";
    static final String NOT_ENGLISH = "not English";

    /** The article rows of one WARC/WET file; skipped records go to {@code skipped} by reason. */
    static List<Row> fromWarc(String origin, InputStream in, boolean anyLanguage, Consumer<String> skipped) {
        ArticleReader reader = ExecutorPipeline.reader();
        List<Row> rows = new ArrayList<>();
        try (WarcArchive archive = WarcArchive.open(origin, in, reader.limit())) {
            while (archive.hasNext()) {
                ArchiveEntry entry = archive.next();
                if (entry.record() == null) {
                    skipped.accept(entry.skipped().label());
                    continue;
                }
                try {
                    add(reader.read(entry.record()), anyLanguage, rows, skipped);
                } catch (InputException e) {
                    skipped.accept(UNREADABLE);
                }
            }
        } catch (InputException e) {
            skipped.accept(UNREADABLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The article rows of JSON Lines: each line an object with {@code text} and optionally {@code title},
     * {@code outlet}, {@code published} (YYYY-MM-DD), {@code url}, {@code author}, {@code language}; a Lede
     * document (its {@code article} object) is read the same way.
     */
    static Iterator<Row> fromJsonLines(Iterator<String> lines, boolean anyLanguage, Consumer<String> skipped) {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        while (lines.hasNext()) {
            String line = lines.next();
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                JsonNode article = node.has("article") ? node.get("article") : node;
                String text = text(article, "text");
                if (text == null || text.isBlank()) {
                    skipped.accept(UNREADABLE);
                    continue;
                }
                String published = text(article, "published");
                String origin = text(article, "origin") != null ? text(article, "origin")
                        : text(article, "url") != null ? text(article, "url") : "line " + number;
                String named = text(article, "language");
                String language = named != null ? named : LanguageIdentifier.shipped().identify(text);
                Article read = new Article(text, text(article, "title"), text(article, "outlet"),
                        published == null ? null : LocalDate.parse(published.substring(0, 10)),
                        text(article, "dateline"), text(article, "url"),
                        language != null ? language : "en", origin, text(article, "author"));
                add(read, anyLanguage, rows, skipped);
            } catch (IOException | RuntimeException malformed) {
                skipped.accept(UNREADABLE);
            }
        }
        return rows.iterator();
    }

    private static void add(Article article, boolean anyLanguage, List<Row> rows, Consumer<String> skipped) {
        if (!anyLanguage && article.language() != null && !article.language().equals("en")) {
            skipped.accept(NOT_ENGLISH);
            return;
        }
        long[] signature = HASHER.signature(article.text());
        rows.add(RowFactory.create(article.origin(), article.url(), article.title(), article.outlet(),
                article.published() == null ? null : java.sql.Date.valueOf(article.published()), article.dateline(),
                article.language(), article.author(), article.text(), MinHasher.exactKey(article.text()),
                Arrays.stream(signature).boxed().toArray(Long[]::new),
                MinHasher.bandKeys(signature).toArray(String[]::new)));
    }

    /** The article a row holds, as the pipeline takes it. */
    static Article article(Row row) {
        java.sql.Date published = row.getAs("published");
        return new Article(row.getAs("text"), row.getAs("title"), row.getAs("outlet"),
                published == null ? null : published.toLocalDate(), row.getAs("dateline"), row.getAs("url"),
                row.getAs("language"), row.getAs("origin"), row.getAs("author"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
