package org.lede.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lede.quotes.CueClassifierTrainer;
import org.lede.quotes.CueLexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede train cues}: derives the attribution cue lexicon the quote stage ships from PolNeAR train. */
@Command(name = "cues", mixinStandardHelpOptions = true,
        description = "Derive the attribution cue word lists (cue-verbs.tsv, weak-cue-verbs.tsv) from a PolNeAR "
                + "split: words annotators marked as cues, by how often they are one where they stand; and train "
                + "the classifier (cue-classifier.tsv.gz) that judges the other words by their context.")
final class TrainCuesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--polnear", required = true, paramLabel = "DIR",
            description = "A PolNeAR split folder with text/ and attributions/: the train split, never test.")
    Path polnear;

    @Option(names = "--out", defaultValue = "lede-core/src/main/resources/org/lede/quotes",
            description = "Folder to write cue-verbs.tsv, weak-cue-verbs.tsv and cue-classifier.tsv.gz into "
                    + "(default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--min-cue", defaultValue = "6",
            description = "Least number of times a word must be part of a cue (default: ${DEFAULT-VALUE}).")
    int minCue;

    @Option(names = "--min-ratio", defaultValue = "0.33",
            description = "Least share of its occurrences a cue word is a cue in (default: ${DEFAULT-VALUE}).")
    double minRatio;

    @Option(names = "--weak-ratio", defaultValue = "0.22",
            description = "Least share for a weak cue, trusted only with a named subject or a that-clause "
                    + "(default: ${DEFAULT-VALUE}).")
    double weakRatio;

    @Option(names = "--epochs", defaultValue = "10",
            description = "Passes of the classifier's perceptron over the split (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--min-feature", defaultValue = "3",
            description = "Least number of times a classifier feature must occur to get a weight "
                    + "(default: ${DEFAULT-VALUE}).")
    int minFeature;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(polnear.resolve("attributions"))) {
            throw new NoSuchFileException(polnear.resolve("attributions").toString());
        }
        CueLexiconBuilder builder = new CueLexiconBuilder(minCue, minRatio, weakRatio);
        CueLexiconBuilder.Lexicon lexicon = builder.derive(polnear);
        String command = "lede train cues --polnear DIR --min-cue " + minCue + " --min-ratio " + minRatio
                + " --weak-ratio " + weakRatio;
        builder.write(lexicon, out, command);
        spec.commandLine().getOut().printf("wrote %d cue words and %d weak cue words to %s%n",
                lexicon.cues().size(), lexicon.weakCues().size(), out);
        CueClassifierTrainer.Result result = new CueClassifierTrainer(epochs, minFeature).train(polnear,
                out.resolve("cue-classifier.tsv.gz"),
                "lede train cues --polnear DIR --epochs " + epochs + " --min-feature " + minFeature);
        spec.commandLine().getOut().printf("trained the cue classifier on %d words (%d cues): %d features kept%n",
                result.examples(), result.cues(), result.features());
        return 0;
    }
}
