package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.cli.AnalyzeCommandTest.lede;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupeCommandTest {
    private static final String WIRE = "DURRES (Adriatic Press) - The harbour master said on Tuesday that the ferries "
            + "would run again after a week of storms that kept the fleet in port. About 2,000 passengers had been "
            + "stranded since Monday, the port authority said, and extra crossings to Bari were planned for the "
            + "weekend. The union said its members would work double shifts until the backlog was cleared.\n";
    private static final String OTHER = "TIRANA (Adriatic Press) - Floods cut off a dozen mountain villages on "
            + "Thursday, and rescue teams reached two of them by evening, the interior ministry said.\n";

    @TempDir
    Path dir;

    private void writeStories() throws IOException {
        Files.writeString(dir.resolve("1-wire.txt"), "Ferries to sail again\n\n" + WIRE);
        Files.writeString(dir.resolve("2-floods.txt"), OTHER);
        Files.writeString(dir.resolve("3-copy.txt"), "Ferries to sail again\n\n" + WIRE);
        Files.writeString(dir.resolve("4-reprint.txt"), "Ferry service resumes\n\n" + WIRE.strip()
                + " Follow the Coastal Herald for updates.\n");
    }

    @Test
    void reportsExactCopiesAndNearDuplicatesAsGroups() throws IOException {
        writeStories();

        AnalyzeCommandTest.Run run = lede("dedupe", "--json", dir.toString());

        assertThat(run.exit()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("articles").asInt()).isEqualTo(4);
        assertThat(report.get("exact_duplicates").asInt()).isEqualTo(1);
        assertThat(report.get("exact_groups").toString())
                .isEqualTo("[[\"" + dir.resolve("1-wire.txt") + "\",\"" + dir.resolve("3-copy.txt") + "\"]]");
        assertThat(report.get("near_groups").toString())
                .isEqualTo("[[\"" + dir.resolve("1-wire.txt") + "\",\"" + dir.resolve("4-reprint.txt") + "\"]]");
    }

    @Test
    void analyzeDropsTheLaterCopyOfATextWhenAsked() throws IOException {
        writeStories();

        AnalyzeCommandTest.Run run = lede("analyze", "--drop-duplicates", "--threads", "2", dir.toString());

        assertThat(run.exit()).isEqualTo(AnalyzeCommand.EXIT_SOME_SKIPPED);
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.errLines()).containsExactly(
                "lede: " + dir.resolve("3-copy.txt") + ": the same text as " + dir.resolve("1-wire.txt") + "; dropped",
                "lede: 3 analysed, 1 skipped (1 duplicate)");
    }
}
