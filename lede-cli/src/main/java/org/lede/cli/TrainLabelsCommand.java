package org.lede.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lede.framing.LabelLexiconBuilder;
import org.lede.framing.PtcCorpus;
import org.lede.model.EntityLabel.Polarity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede train labels DIR}: grows the actor-label lexicon from its seed words and a PTC split. */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = "Build the label lexicon (words that label actors, with polarity) from the seed words and the "
                + "Name_Calling and Loaded_Language spans of a Propaganda Techniques Corpus split.")
final class TrainLabelsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The corpus folder with SPLIT-articles/ and SPLIT-task-flc-tc.labels.")
    Path dir;

    @Option(names = "--split", defaultValue = "train", description = "The split to learn from (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--out", converter = WritableFileConverter.class, defaultValue = "lede-core/src/main/resources/org/lede/framing/label-lexicon.tsv",
            description = "Lexicon file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--min-count", defaultValue = "3",
            description = "Least number of labelling spans a word must be in (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--min-share", defaultValue = "0.4",
            description = "Least share of its occurrences inside such spans (default: ${DEFAULT-VALUE}).")
    double minShare;

    @Override
    public Integer call() throws Exception {
        List<PtcCorpus.Article> articles = PtcCorpus.read(dir, split);
        LabelLexiconBuilder builder = new LabelLexiconBuilder(minCount, minShare);
        List<LabelLexiconBuilder.Entry> entries = builder.build(articles);
        builder.write(entries, out, "lede train labels DIR --split " + split + " --min-count " + minCount
                + " --min-share " + minShare);
        long delegitimising = entries.stream().filter(e -> e.polarity() == Polarity.DELEGITIMISING).count();
        long legitimising = entries.stream().filter(e -> e.polarity() == Polarity.LEGITIMISING).count();
        spec.commandLine().getOut().printf(Locale.ROOT,
                "wrote %d label words (%d delegitimising, %d legitimising, %d neutral) to %s%n", entries.size(),
                delegitimising, legitimising, entries.size() - delegitimising - legitimising, out);
        return 0;
    }
}
