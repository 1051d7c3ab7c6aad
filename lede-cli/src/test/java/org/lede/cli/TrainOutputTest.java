package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainOutputTest {
    private static final String CORPUS = """
            -DOCSTART- -X- -X- O

            Ivo NNP I-NP I-PER
            met VBD I-VP O
            Lena NNP I-NP I-PER
            . . O O
            """;

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeTrainingStarts(@TempDir Path folder) throws IOException {
        Path corpus = Files.writeString(folder.resolve("tiny.conll"), CORPUS);
        Files.writeString(folder.resolve("models"), "a file where the folder should be");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Lede.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("train", "ner",
                "--train", corpus.toString(), "--dev", corpus.toString(), "--out",
                folder.resolve("models/ner.bin").toString(), "--epochs", "1", "--min-count", "1");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--out", folder.resolve("models/ner.bin").toString(), "cannot be written there");
        assertThat(out.toString()).doesNotContain("epoch");
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactlyInAnyOrder(corpus, folder.resolve("models"));
        }
    }
}
