package org.lede.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueClassifierTrainerTest {

    /**
     * An invented PolNeAR-style split: "warns" is a cue when someone warns that something will happen, and no
     * cue in "the storm warns of nothing" style sentences where nobody speaks.
     */
    private static void writeSplit(Path split) throws IOException {
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        List<String> speakers = List.of("The mayor", "The minister", "Karimi", "The union", "Police");
        for (int k = 0; k < speakers.size(); k++) {
            String cueSentence = speakers.get(k) + " warns that the camp will close.";
            String text = cueSentence + " The sky warns nobody. A sign warns drivers near the bridge.";
            int cue = text.indexOf("warns");
            int content = text.indexOf("the camp");
            String ann = "T1\tCue " + cue + " " + (cue + 5) + "\twarns\n"
                    + "T2\tContent " + content + " " + (cueSentence.length() - 1) + "\tthe camp will close\n"
                    + "E1\tCue:T1 Content:T2\n";
            Files.writeString(split.resolve("text").resolve("a" + k + ".txt"), text);
            Files.writeString(split.resolve("attributions").resolve("a" + k + "_annotator.ann"), ann);
        }
    }

    static TokenView view(String text) {
        Analysis analysis = new TextAnalyzer().process(Analysis.of(Article.of(text)));
        return new TokenView(analysis, new QuotationMarks().find(text, analysis.tokens()));
    }

    @Test
    void learnsFromContextWhenAWordIsACue(@TempDir Path dir) throws IOException {
        writeSplit(dir.resolve("train"));
        Path model = dir.resolve("cue-classifier.tsv.gz");

        CueClassifierTrainer.Result result = new CueClassifierTrainer(5, 1).train(dir.resolve("train"), model, "test");
        CueClassifier classifier = CueClassifier.read(Files.newInputStream(model), model.toString());

        assertThat(result.cues()).isEqualTo(5);
        TokenView spoken = view("The governor warns that the road will close.");
        TokenView unspoken = view("The sky warns nobody.");
        assertThat(classifier.isCue(spoken, 2)).isTrue();
        assertThat(classifier.isCue(unspoken, 2)).isFalse();
    }

    @Test
    void onlyLowerCaseWordsOutsideQuotationMarksAreCandidates() {
        TokenView v = view("Karimi said \u201cwe will stay\u201d and warns about it.");
        assertThat(CueClassifier.candidate(v, 0)).as("a name").isFalse();
        assertThat(CueClassifier.candidate(v, 1)).as("said").isTrue();
        assertThat(CueClassifier.candidate(v, 3)).as("inside the quotation").isFalse();
        assertThat(CueClassifier.candidate(v, 8)).as("warns").isTrue();
        assertThat(CueClassifier.candidate(v, 9)).as("a function word").isFalse(); // "about"
    }
}
