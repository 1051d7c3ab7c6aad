package org.lede.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lede.framing.FramesModel;
import org.lede.framing.FramesTrainer;
import org.lede.framing.PtcCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede train frames DIR}: trains the persuasion-technique models on a PTC split and writes the model file. */
@Command(name = "frames", mixinStandardHelpOptions = true,
        description = "Train span identification and technique classification (averaged perceptron) on a "
                + "Propaganda Techniques Corpus split; epochs are chosen by cross-validation on that split alone.")
final class TrainFramesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The corpus folder with SPLIT-articles/ and SPLIT-task-flc-tc.labels.")
    Path dir;

    @Option(names = "--split", defaultValue = "train", description = "The split to train on (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--out", converter = WritableFileConverter.class, defaultValue = "models/frames-en.bin",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--epochs", defaultValue = "30",
            description = "Most passes over the data; cross-validation picks the best up to this (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--min-count", defaultValue = "1",
            description = "Drop classifier features seen fewer times in training; it runs only on the stretches "
                    + "found, so every feature seen may keep its weight (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--tagger-min-count", defaultValue = "3",
            description = "Drop span tagger features seen fewer times; the tagger runs on every token, so fewer "
                    + "rows is a faster pipeline (default: ${DEFAULT-VALUE}).")
    int taggerMinCount;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        List<PtcCorpus.Article> articles = PtcCorpus.read(dir, split);
        console.printf(Locale.ROOT, "training on %d articles of %s%n", articles.size(), split);
        console.flush();
        FramesModel model = new FramesTrainer(taggerMinCount, minCount, folds).train(articles, epochs, new FramesTrainer.Progress() {
            @Override
            public void epoch(String name, int epoch, double score) {
                console.printf(Locale.ROOT, "%-40s epoch %2d  cross-validated %.4f%n", name, epoch, score);
                console.flush();
            }

            @Override
            public void step(String message) {
                console.println(message);
                console.flush();
            }
        });
        model.write(out);
        int[] sizes = model.sizes();
        console.printf(Locale.ROOT, "wrote %s: %d tagger and %d classifier feature rows, %d bytes%n",
                out, sizes[0], sizes[1], Files.size(out));
        console.flush();
        return 0;
    }
}
