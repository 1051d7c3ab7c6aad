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

class EvalFramesCommandTest {

    @Test
    void scoresASplitInTheTaskLayoutAndPrintsJson(@TempDir Path dir) throws Exception {
        // An invented article in the layout of SemEval-2020 Task 11, split "sample".
        Files.createDirectories(dir.resolve("sample-articles"));
        String text = "Rebels seize town\n\nThe vile traitors seized the town on Monday, officials said.\n";
        Files.writeString(dir.resolve("sample-articles/article7.txt"), text);
        int start = text.indexOf("vile traitors");
        Files.writeString(dir.resolve("sample-task-flc-tc.labels"),
                "7\tName_Calling,Labeling\t" + start + "\t" + (start + 13) + "\n");

        StringWriter out = new StringWriter();
        int exit = Lede.commandLine().setOut(new PrintWriter(out))
                .execute("eval", "frames", dir.toString(), "--split", "sample", "--json");

        assertThat(exit).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("name").asText()).isEqualTo("frames ptc sample");
        assertThat(report.get("tp").asDouble() + report.get("fn").asDouble()).isEqualTo(1.0);
        assertThat(report.get("by_type").has("Name_Calling,Labeling")).isTrue();
        assertThat(report.get("si_gold_spans").asInt()).isEqualTo(1);
        assertThat(report.get("si_f1").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void aSplitThatIsNotThereIsOneLineAndAFailure(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int exit = Lede.commandLine().setErr(new PrintWriter(err))
                .execute("eval", "frames", dir.toString(), "--split", "dev");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("dev-articles").doesNotContain("Exception");
    }
}
