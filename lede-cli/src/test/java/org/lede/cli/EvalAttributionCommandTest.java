package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalAttributionCommandTest {

    @Test
    void scoresAPolnearFolderAndPrintsJson(@TempDir Path dir) throws Exception {
        // An invented two-sentence story in PolNeAR's layout, annotated by two annotators ("a1" is used).
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        String text = "The mayor said the camp would close. Police raided it.";
        Files.writeString(dir.resolve("text/story.txt"), text);
        Files.writeString(dir.resolve("attributions/story_a1.ann"), String.join("\n",
                "T1\tSource 0 9\tThe mayor", "T2\tCue 10 14\tsaid", "T3\tContent 15 35\tthe camp would close",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1", ""));
        Files.writeString(dir.resolve("attributions/story_b2.ann"), "");

        StringWriter out = new StringWriter();
        int exit = new CommandLine(new Lede()).setOut(new PrintWriter(out))
                .execute("eval", "attribution", "--polnear", dir.toString(), "--json");

        assertThat(exit).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("name").asText()).isEqualTo("attribution polnear " + dir.getFileName());
        assertThat(report.get("tp").asDouble()).isEqualTo(1.0);
        assertThat(report.get("fn").asDouble()).isZero();
        assertThat(report.get("speaker_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(report.get("articles").asInt()).isEqualTo(1);
    }
}
