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

    @Test
    void eachOutletsLabelsForAnActorAreShownWithTheirPolarity(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Police raid Korva Front camp\n\nTIRANA (Danube Wire) – Albanian "
                + "police raided a camp of the Korva Front on Tuesday and arrested 12 people, officials said.\n");
        Files.writeString(dir.resolve("b.txt"), "Police raid terrorist camp\n\nTIRANA (Alpine Post) – Albanian "
                + "police raided a camp of the Korva Front, which the government calls a terrorist organisation, on "
                + "Tuesday and arrested 12 people.\n");

        StringWriter text = new StringWriter();
        new CommandLine(new Lede()).setOut(new PrintWriter(text)).setErr(new PrintWriter(new StringWriter()))
                .execute("cluster", dir.toString());
        StringWriter json = new StringWriter();
        new CommandLine(new Lede()).setOut(new PrintWriter(json)).setErr(new PrintWriter(new StringWriter()))
                .execute("cluster", "--json", dir.toString());

        assertThat(text.toString()).containsPattern("Alpine Post: Korva Front\\n +labels: a terrorist organisation "
                + "\\(delegitimising, quoted\\)"); // the government's words, not the outlet's
        JsonNode front = null;
        for (JsonNode actor : new ObjectMapper().readTree(json.toString()).path("clusters").get(0).path("actors")) {
            front = actor.path("name").asText().equals("Korva Front") ? actor : front;
        }
        assertThat(front).isNotNull();
        assertThat(front.path("wordings").get(0).path("framing_labels")).isEmpty();
        JsonNode label = front.path("wordings").get(1).path("framing_labels").get(0);
        assertThat(label.path("text").asText()).isEqualTo("a terrorist organisation");
        assertThat(label.path("polarity").asText()).isEqualTo("delegitimising");
        assertThat(label.path("voice").asText()).isEqualTo("quote");
    }

    @Test
    void aLongHeadlineIsCutButTheFileIsStillShown(@TempDir Path dir) throws Exception {
        String headline = "Austria expels four Russian diplomats accused of spying on behalf of Moscow in a case that "
                + "has strained ties between the two capitals";
        Files.writeString(dir.resolve("a.txt"), headline + "\n\nVIENNA (Danube Wire) – Austria expelled four Russian "
                + "diplomats on Thursday, Minister Klara Weiss said.\n");
        Files.writeString(dir.resolve("b.txt"), "Envoys ordered out\n\nVIENNA (Alpine Post) – Austria expelled four "
                + "Russian diplomats on Thursday, Minister Klara Weiss said.\n");

        StringWriter out = new StringWriter();
        new CommandLine(new Lede()).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("cluster", dir.toString());

        String line = out.toString().lines().filter(l -> l.contains("Danube Wire:")).findFirst().orElseThrow();
        assertThat(line).contains("…").endsWith("(" + dir.resolve("a.txt") + ")");
        assertThat(line.length()).isLessThanOrEqualTo(TextReport.WIDTH);
    }

    @Test
    void jsonListsEveryClusterWithItsActorsWordingByOutlet(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Austria expels diplomats\n\nVIENNA (Danube Wire) – Austria expelled "
                + "four Russian diplomats on Thursday. Foreign Minister Klara Weiss announced the expulsions.\n");
        Files.writeString(dir.resolve("b.txt"), "Envoys ordered out\n\nVIENNA (Alpine Post) – Austria expelled four "
                + "Russian diplomats on Thursday, Minister Klara Weiss said.\n");

        StringWriter out = new StringWriter();
        int exit = new CommandLine(new Lede()).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("cluster", "--json", dir.toString());

        assertThat(exit).isZero();
        JsonNode clusters = new ObjectMapper().readTree(out.toString()).path("clusters");
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).path("event").asText()).isEqualTo("COERCE 174");
        assertThat(clusters.get(0).path("articles")).extracting(a -> a.path("outlet").asText())
                .containsExactly("Danube Wire", "Alpine Post");
        JsonNode austria = clusters.get(0).path("actors").get(0);
        assertThat(austria.path("name").asText()).isEqualTo("Austria");
        assertThat(austria.path("participant").asBoolean()).isTrue();
        assertThat(austria.path("wordings")).hasSize(2);
    }
}
