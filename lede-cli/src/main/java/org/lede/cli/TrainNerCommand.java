package org.lede.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lede.ner.ConllCorpus;
import org.lede.ner.Gazetteer;
import org.lede.ner.WordClusters;
import org.lede.ner.NerModel;
import org.lede.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede train ner}: trains the entity tagger on CoNLL-2003 data and writes the model file. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the entity recogniser (averaged perceptron, Viterbi) on CoNLL-format data.")
final class TrainNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--train", required = true, description = "CoNLL-2003 training file (eng.train).")
    Path train;

    @Option(names = "--dev", required = true, description = "CoNLL-2003 development file (eng.testa); picks the epoch.")
    Path dev;

    @Option(names = "--out", converter = WritableFileConverter.class, defaultValue = "models/ner-en.bin",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--epochs", defaultValue = "12", description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--min-count", defaultValue = "2",
            description = "Drop features seen fewer times in training (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--min-weight", defaultValue = "0.5",
            description = "Drop features whose averaged weights all stay below this in magnitude; they barely move a "
                    + "score and each costs a memory read when tagging (default: ${DEFAULT-VALUE}).")
    float minWeight;

    @Option(names = "--gazetteer",
            description = "Gazetteer file (from 'lede train gazetteer'); default: the one on the classpath.")
    Path gazetteer;

    @Option(names = "--clusters",
            description = "Word clusters file (from 'lede train clusters'); default: the one on the classpath.")
    Path clusters;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        Gazetteer places = loadGazetteer();
        List<ConllCorpus.Document> trainDocs = ConllCorpus.read(train);
        List<ConllCorpus.Document> devDocs = ConllCorpus.read(dev);
        console.printf(Locale.ROOT, "training on %d documents, tuning on %d%n", trainDocs.size(), devDocs.size());
        console.flush();
        NerTrainer trainer = new NerTrainer(places, loadClusters(), minCount, minWeight);
        NerModel model = trainer.train(trainDocs, devDocs, epochs, new NerTrainer.Progress() {
            @Override
            public void epoch(String pass, int epoch, int mistakes, double f1, long millis, boolean best) {
                console.printf(Locale.ROOT, "%-11s epoch %2d  wrong sentences %5d  dev F1 %.4f  %5.1f s%s%n",
                        pass, epoch, mistakes, f1, millis / 1000.0, best ? "  (best so far)" : "");
                console.flush();
            }

            @Override
            public void step(String message) {
                console.println(message);
                console.flush();
            }
        });
        model.save(out);
        console.printf(Locale.ROOT, "kept the best epochs: dev F1 %.4f, %d feature rows, %d bytes in %s%n",
                trainer.score(model, devDocs), model.size(), Files.size(out), out);
        console.flush();
        return 0;
    }

    private WordClusters loadClusters() throws IOException {
        if (clusters == null) {
            return WordClusters.load();
        }
        try (InputStream in = Files.newInputStream(clusters)) {
            return WordClusters.read(in);
        }
    }

    private Gazetteer loadGazetteer() throws IOException {
        if (gazetteer == null) {
            return Gazetteer.load();
        }
        try (InputStream in = Files.newInputStream(gazetteer)) {
            return Gazetteer.read(in);
        }
    }
}
