package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {
    private static Gazetteer gazetteer;
    private static NerModel model;
    private static final List<Integer> EPOCHS_SEEN = new ArrayList<>();

    @BeforeAll
    static void trainOnInventedSentences() throws IOException {
        gazetteer = TinyCorpus.gazetteer();
        NerTrainer trainer = new NerTrainer(gazetteer, WordClusters.none(), 1, 0);
        model = trainer.train(TinyCorpus.training(), TinyCorpus.training(), 8,
                (pass, epoch, mistakes, f1, millis, best) -> EPOCHS_SEEN.add(epoch));
    }

    private static List<BioLabels.LabeledSpan> names(NerModel m, String sentence) {
        List<String> words = List.of(sentence.split(" "));
        return BioLabels.spans(new NerTagger(m, gazetteer, WordClusters.none()).tag(List.of(words)).get(0));
    }

    @Test
    void learnsItsTrainingSentencesAndReportsEveryEpoch() {
        NerTrainer trainer = new NerTrainer(gazetteer, WordClusters.none(), 1, 0);
        assertThat(trainer.score(model, TinyCorpus.training())).isEqualTo(1.0);
        // Both passes report their eight epochs; the jackknifed folds train silently.
        assertThat(EPOCHS_SEEN).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void tagsKnownNamesInNewSentences() {
        assertThat(names(model, "Pavel Kostic said Karvel was calm .")).containsExactly(
                new BioLabels.LabeledSpan(0, 2, "PER"), new BioLabels.LabeledSpan(3, 4, "LOC"));
        assertThat(names(model, "the Zelva Bank left Ostrana .")).containsExactly(
                new BioLabels.LabeledSpan(1, 3, "ORG"), new BioLabels.LabeledSpan(4, 5, "LOC"));
        assertThat(names(model, "it rained .")).isEmpty();
    }

    @Test
    void featuresWhoseWeightsStayWeakAreLeftOutAndTheRestStillTag() {
        NerModel pruned = new NerTrainer(gazetteer, WordClusters.none(), 1, 0.5f)
                .train(TinyCorpus.training(), TinyCorpus.training(), 8, (pass, epoch, mistakes, f1, millis, best) -> { });
        assertThat(pruned.size()).isLessThan(model.size());
        assertThat(names(pruned, "Pavel Kostic said Karvel was calm .")).containsExactly(
                new BioLabels.LabeledSpan(0, 2, "PER"), new BioLabels.LabeledSpan(3, 4, "LOC"));
    }

    @Test
    void aSavedModelLoadsWithTheSameWeightsAndPredictions(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("ner.bin");
        model.save(file);
        NerModel loaded = NerModel.load(file);
        assertThat(loaded.size()).isEqualTo(model.size());
        for (String sentence : List.of("Pavel Kostic said Karvel was calm .", "the Zelva Bank left Ostrana .",
                "Edna Rask met Ivo Dardan in Norbeta .", "officials said nothing .")) {
            assertThat(names(loaded, sentence)).isEqualTo(names(model, sentence));
        }
        Path again = folder.resolve("again.bin");
        loaded.save(again);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void rejectsAFileThatIsNoModel(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bad.bin");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {0, 3, 'a', 'b', 'c'});
        }
        assertThatThrownBy(() -> NerModel.load(file))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Lede NER model");
    }
}
