package org.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.lede.json.AnalysisJson;
import org.lede.json.SchemaValidator;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.source.ArticleReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: each invented agency story under {@code src/test/resources/golden/} runs through the standard
 * pipeline and must give exactly the JSON document stored beside it, which must conform to the schema.
 *
 * <p>When a stage improves on purpose, regenerate with {@code mvn test -pl lede-core -Dtest=GoldenAnalysisTest
 * -Dlede.golden.update=true}, then read the diff of the {@code .expected.json} files before committing: the
 * diff is the review of what changed for a reader.
 */
class GoldenAnalysisTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<String> stories() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            return names.stream();
        }
    }

    /** The analysis of one story, with the publication date its properties file gives. */
    static Analysis analyse(String story) throws IOException {
        Article article = new ArticleReader(warning -> { }).read(GOLDEN.resolve(story + ".txt"));
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(GOLDEN.resolve(story + ".properties"), StandardCharsets.UTF_8)) {
            meta.load(in);
        }
        return PIPELINE.analyze(article.withPublished(LocalDate.parse(meta.getProperty("published")))
                .withOrigin(story + ".txt"));
    }

    @ParameterizedTest
    @MethodSource("stories")
    void storyGivesItsExpectedDocument(String story) throws IOException {
        String json = new AnalysisJson().toPrettyJson(analyse(story)) + "\n";
        JsonNode actual = MAPPER.readTree(json);
        assertThat(SchemaValidator.violations(actual)).isEmpty();

        Path expected = GOLDEN.resolve(story + ".expected.json");
        if (Boolean.getBoolean("lede.golden.update")) {
            Files.writeString(expected, json, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected document; create it with -Dlede.golden.update=true and review it")
                .exists();
        assertThat(actual).isEqualTo(MAPPER.readTree(Files.readString(expected, StandardCharsets.UTF_8)));
    }
}
