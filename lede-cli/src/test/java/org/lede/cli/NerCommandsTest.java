package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {
    /** Invented CoNLL-2003 lines (word POS chunk tag), IOB1 as in the real files. */
    private static final String CORPUS = """
            -DOCSTART- -X- -X- O

            Ivo NNP I-NP I-PER
            Dardan NNP I-NP I-PER
            met VBD I-VP O
            Lena NNP I-NP I-PER
            Moris NNP I-NP I-PER
            in IN I-PP O
            Karvel NNP I-NP I-LOC
            . . O O

            the DT I-NP O
            Zelva NNP I-NP I-ORG
            Bank NNP I-NP I-ORG
            said VBD I-VP O
            . . O O

            -DOCSTART- -X- -X- O

            Lena NNP I-NP I-PER
            Moris NNP I-NP I-PER
            left VBD I-VP O
            Karvel NNP I-NP I-LOC
            . . O O
            """;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        assertThat(Lede.commandLine().setOut(new PrintWriter(out)).execute(args)).isZero();
        return out.toString();
    }

    @Test
    void trainsAModelAndScoresItPerConllType(@TempDir Path folder) throws IOException {
        Path corpus = folder.resolve("tiny.conll");
        Files.writeString(corpus, CORPUS);
        Path model = folder.resolve("ner.bin");

        String progress = run("train", "ner", "--train", corpus.toString(), "--dev", corpus.toString(),
                "--out", model.toString(), "--epochs", "3", "--min-count", "1");
        assertThat(progress).contains("epoch  1", "epoch  3", "dev F1", "first pass", "second pass", "kept the best epochs");
        assertThat(model).isNotEmptyFile();

        JsonNode report = new ObjectMapper().readTree(
                run("eval", "ner", "--conll", corpus.toString(), "--model", model.toString(), "--json"));
        assertThat(report.path("by_type").path("PER").path("tp").asDouble()).isEqualTo(3);
        assertThat(report.path("by_type").path("LOC").path("tp").asDouble()).isEqualTo(2);
        assertThat(report.path("f1").asDouble()).isEqualTo(1.0);
        assertThat(report.path("tokens").asInt()).isEqualTo(18);
        assertThat(report.path("tokens_per_second").asLong()).isPositive();
    }

    @Test
    void writesTheDocumentsAsTextAndScoresAnotherSystemsMentionsInThem(@TempDir Path folder) throws IOException {
        Path corpus = folder.resolve("tiny.conll");
        Files.writeString(corpus, CORPUS);
        Path texts = folder.resolve("text");
        assertThat(run("eval", "ner", "--conll", corpus.toString(), "--write-text", texts.toString()))
                .startsWith("wrote 2 documents, 18 tokens");
        String second = Files.readString(texts.resolve("doc-0002.txt"));
        assertThat(second).isEqualTo("Lena Moris left Karvel .\n");

        // A system that found Lena Moris as a person and Karvel as a date, and nothing in document 1.
        Path predicted = Files.createDirectories(folder.resolve("predicted"));
        Files.writeString(predicted.resolve("doc-0001.json"), "{\"entities\": []}");
        Files.writeString(predicted.resolve("doc-0002.json"), """
                {"entities": [{"type": "PERSON", "begin": 0, "end": 10}, {"type": "DATE", "begin": 16, "end": 22}]}
                """);
        JsonNode report = new ObjectMapper().readTree(run("eval", "ner", "--conll", corpus.toString(),
                "--predicted", predicted.toString(), "--json"));
        assertThat(report.path("by_type").path("PER").path("tp").asDouble()).isEqualTo(1);
        assertThat(report.path("by_type").path("PER").path("fn").asDouble()).isEqualTo(2);
        assertThat(report.path("by_type").path("LOC").path("fn").asDouble()).isEqualTo(2);
        assertThat(report.path("precision").asDouble()).isEqualTo(1.0);
        assertThat(report.path("mentions_scored_as_O_DATE").asInt()).isEqualTo(1);
    }
}
