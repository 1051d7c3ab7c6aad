package org.lede.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.source.InputException;

class PtcCorpusTest {
    @TempDir
    Path dir;

    private void write(String text, String labels) throws IOException {
        Files.createDirectories(dir.resolve("dev-articles"));
        Files.writeString(dir.resolve("dev-articles/article42.txt"), text);
        Files.writeString(dir.resolve("dev-task-flc-tc.labels"), labels);
    }

    @Test
    void offsetsCountCodePointsAsTheTaskDoes() throws IOException {
        // The emoji is one code point but two Java chars: "traitors" starts at code point 14, char 15.
        write("Crowds \uD83D\uDE21 jeer traitors\n", "42\tName_Calling,Labeling\t14\t22\n");

        List<PtcCorpus.Article> articles = PtcCorpus.read(dir, "dev");

        PtcCorpus.Article article = articles.get(0);
        PtcCorpus.TechniqueSpan span = article.spans().get(0);
        assertThat(article.text().substring(span.start(), span.end())).isEqualTo("traitors");
        assertThat(article.toTask(span.technique(), span.start(), span.end()).start()).isEqualTo(14);
        assertThat(span.start()).isEqualTo(15);
    }

    @Test
    void aBadLabelLineNamesTheFileAndLine() throws IOException {
        write("Some text here\n", "42\tLoaded_Language\t0\t4\n42\tNo_Such_Technique\t5\t9\n");

        assertThatThrownBy(() -> PtcCorpus.read(dir, "dev"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("dev-task-flc-tc.labels line 2")
                .hasMessageContaining("No_Such_Technique");
    }

    @Test
    void aMissingSplitSaysWhichFolderItExpected() {
        assertThatThrownBy(() -> PtcCorpus.read(dir, "test"))
                .hasMessageContaining("test-articles");
    }
}
