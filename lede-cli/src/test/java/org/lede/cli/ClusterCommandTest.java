package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterCommandTest {

    @Test
    void groupsTwoReportsOfOneExpulsionAndShowsEachOutletsNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Austria expels Russian diplomats\n\nVIENNA (Danube Wire) – Austria "
                + "expelled four Russian diplomats on Thursday, accusing them of spying. Foreign Minister Klara Weiss "
                + "said the expulsions followed months of surveillance by the DSN intelligence service.\n");
        Files.writeString(dir.resolve("b.txt"), "Vienna orders out Moscow envoys\n\nVIENNA (Alpine Post) – Austria "
                + "expelled four Russian diplomats on Thursday over spying. Minister Klara Weiss said the DSN "
                + "intelligence service had watched the diplomats for months.\n");
        Files.writeString(dir.resolve("c.txt"), "Ferry crews strike in Piraeus\n\nPIRAEUS (Aegean Times) – Ferry "
                + "crews walked off the job on Monday in a dispute over pay, stranding travellers.\n");
        Files.writeString(dir.resolve("empty.txt"), "");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new Lede()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("cluster", dir.toString());

        assertThat(exit).as("the empty file is reported and left out").isEqualTo(2);
        assertThat(err.toString()).contains("empty.txt");
        String report = out.toString();
        assertThat(report).contains("CLUSTER 1 · 2 articles · COERCE 174");
        assertThat(report).contains("Danube Wire: Austria expels Russian diplomats");
        assertThat(report).contains("Alpine Post: Vienna orders out Moscow envoys");
        assertThat(report).containsPattern("Klara Weiss  PERSON, 2 of 2 articles\\n +Danube Wire: Klara Weiss · "
                + "Foreign Minister\\n +Alpine Post: Klara Weiss · Minister");
        assertThat(report).contains("2 clusters of 3 articles; 1 shown");
    }
}
