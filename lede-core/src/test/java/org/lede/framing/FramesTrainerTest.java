package org.lede.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on a few invented articles: it learns the loaded words, and the file it writes reads back the same. */
class FramesTrainerTest {
    @TempDir
    Path dir;

    private static PtcCorpus.Article article(String id, String text, String loaded, Technique technique) {
        List<PtcCorpus.TechniqueSpan> spans = new ArrayList<>();
        for (int at = text.indexOf(loaded); at >= 0; at = text.indexOf(loaded, at + 1)) {
            spans.add(new PtcCorpus.TechniqueSpan(technique, at, at + loaded.length()));
        }
        return new PtcCorpus.Article(id, text, spans);
    }

    private static List<PtcCorpus.Article> corpus() {
        List<PtcCorpus.Article> articles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            articles.add(article("a" + i, "Headline " + i + "\n\nThe council met on Monday. The vile traitors "
                    + "voted again. The budget passed by " + (40 + i) + " votes.\n", "vile traitors",
                    Technique.NAME_CALLING));
            articles.add(article("b" + i, "Headline " + i + "\n\nThe mayor spoke on Friday. It was a disastrous "
                    + "catastrophe for the town. Roads reopened after " + (2 + i) + " days.\n",
                    "disastrous catastrophe", Technique.LOADED_LANGUAGE));
        }
        return articles;
    }

    @Test
    void learnsTheTechniquesOfItsCorpusAndReadsBackWhatItWrote() throws IOException {
        FramesModel model = new FramesTrainer(1, 1, 2).train(corpus(), 3, new FramesTrainer.Progress() {
            @Override
            public void epoch(String name, int epoch, double score) {
            }

            @Override
            public void step(String message) {
            }
        });
        Path file = dir.resolve("frames.bin");
        model.write(file);
        FramesModel read;
        try (InputStream in = Files.newInputStream(file)) {
            read = FramesModel.read(in);
        }

        String text = "Headline\n\nThe vile traitors voted on Monday. It was a disastrous catastrophe.\n";
        FramedText doc = FramesModel.view(text);
        int traitors = text.indexOf("vile traitors");
        int catastrophe = text.indexOf("disastrous catastrophe");
        for (FramesModel m : List.of(model, read)) {
            assertThat(TechniqueClassifier.best(m.classifier.probabilities(doc, traitors, traitors + 13), 1))
                    .containsExactly(Technique.NAME_CALLING);
            assertThat(TechniqueClassifier.best(m.classifier.probabilities(doc, catastrophe, catastrophe + 22), 1))
                    .containsExactly(Technique.LOADED_LANGUAGE);
        }
        assertThat(read.spans(doc)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(model.spans(doc));
        assertThat(read.spans(doc)).anySatisfy(span -> assertThat(span[0]).isLessThanOrEqualTo(traitors));
    }
}
