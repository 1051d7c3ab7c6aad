package org.lede.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueLexiconBuilderTest {

    /** A two-article split in PolNeAR's layout, invented; the second article has two annotators. */
    private static Path split(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        String first = "The mayor said the port was safe. Police said nothing. \"We said it,\" he claimed. "
                + "He claimed the prize and warned that smugglers would return.";
        Files.writeString(dir.resolve("text/a.txt"), first);
        Files.writeString(dir.resolve("attributions/a_1.ann"), span("T1", "Cue", first, "said", 0)
                + span("T2", "Cue", first, "claimed", 0) + span("T3", "Cue", first, "warned", 0)
                + span("T4", "Source", first, "The mayor", 0));
        String second = "The minister said the raid was legal.";
        Files.writeString(dir.resolve("text/b.txt"), second);
        Files.writeString(dir.resolve("attributions/b_1.ann"), span("T1", "Cue", second, "said", 0));
        Files.writeString(dir.resolve("attributions/b_2.ann"), span("T1", "Cue", second, "minister said", 0));
        return dir;
    }

    private static String span(String id, String type, String text, String part, int from) {
        int start = text.indexOf(part, from);
        return id + "\t" + type + " " + start + " " + (start + part.length()) + "\t" + part + "\n";
    }

    @Test
    void keepsWordsByHowOftenTheyAreACueWhereTheyStandOutsideQuotations(@TempDir Path tmp) throws IOException {
        CueLexiconBuilder.Lexicon lexicon = new CueLexiconBuilder(1, 0.6, 0.4).derive(split(tmp));
        // "said": 2 cues of 3 words outside quotations (the quoted "said" is not counted; b_2 is not read)
        // most frequent cue first
        assertThat(lexicon.cues()).containsExactly(new CueLexiconBuilder.CueWord("said", 2, 3),
                new CueLexiconBuilder.CueWord("warned", 1, 1));
        // "claimed": 1 cue of 2, below the cue ratio but above the weak one; "minister" never a cue in a_1/b_1
        assertThat(lexicon.weakCues()).containsExactly(new CueLexiconBuilder.CueWord("claimed", 1, 2));
    }

    @Test
    void writesBothListsInTheFormTheStageReads(@TempDir Path tmp) throws IOException {
        CueLexiconBuilder builder = new CueLexiconBuilder(2, 0.5, 0.2);
        builder.write(builder.derive(split(tmp.resolve("polnear"))), tmp, "lede train cues");
        assertThat(Files.readAllLines(tmp.resolve("cue-verbs.tsv"))).containsExactly(
                "# word\tcue_count\ttext_count  (derived from PolNeAR train by `lede train cues`)", "said\t2\t3");
        assertThat(Files.readAllLines(tmp.resolve("weak-cue-verbs.tsv"))).hasSize(1);
    }
}
