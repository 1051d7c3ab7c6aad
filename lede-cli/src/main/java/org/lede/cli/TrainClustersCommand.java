package org.lede.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lede.ner.WordClusterBuilder;
import org.lede.ner.WordVectorBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede train clusters}: learns the word clusters the entity recogniser reads, and the word vectors the
 * framing tagger reads, from unlabeled text.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Learn word clusters and word vectors from unlabeled text: every .txt file under the --text "
                + "folders and the words (not the labels) of --conll files. Never give it a development or test split.")
final class TrainClustersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--text", paramLabel = "DIR", description = "A folder of .txt articles; repeatable.")
    List<Path> text = new ArrayList<>();

    @Option(names = "--conll", paramLabel = "FILE", description = "A CoNLL file whose words are read; repeatable.")
    List<Path> conll = new ArrayList<>();

    @Option(names = "--min-count", defaultValue = "5",
            description = "Least number of occurrences for a word to be clustered (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--seed", defaultValue = "17", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", converter = WritableFileConverter.class, defaultValue = "models/word-clusters.tsv.gz",
            description = "Gzipped clusters to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--vectors-out", converter = WritableFileConverter.class,
            defaultValue = "models/word-vectors.tsv.gz",
            description = "Gzipped word vectors to write, learnt from the same words (default: ${DEFAULT-VALUE}).")
    Path vectorsOut;

    @Option(names = "--dimensions", defaultValue = "16",
            description = "Coordinates per word vector (default: ${DEFAULT-VALUE}).")
    int dimensions;

    @Option(names = "--vector-window", defaultValue = "8",
            description = "Words either side that are a word's context in its vector (default: ${DEFAULT-VALUE}).")
    int vectorWindow;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        WordClusterBuilder.Corpus corpus = new WordClusterBuilder.Corpus();
        int files = 0;
        for (Path folder : text) {
            List<Path> articles;
            try (Stream<Path> walk = Files.walk(folder)) {
                articles = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path article : articles) {
                corpus.addText(new String(Files.readAllBytes(article), StandardCharsets.UTF_8));
                files++;
            }
        }
        for (Path file : conll) {
            corpus.addConll(file);
        }
        console.printf(Locale.ROOT, "read %,d tokens from %,d text files and %d CoNLL files%n", corpus.tokens(),
                files, conll.size());
        console.flush();
        long started = System.nanoTime();
        Map<String, Integer> leaves = new WordClusterBuilder(minCount, seed).cluster(corpus);
        WordClusterBuilder.write(leaves, out);
        console.printf(Locale.ROOT, "clustered %,d words in %.1f s, %,d bytes in %s%n", leaves.size(),
                (System.nanoTime() - started) / 1e9, Files.size(out), out);
        console.flush();
        started = System.nanoTime();
        Map<String, byte[]> vectors = new WordVectorBuilder(minCount, dimensions, vectorWindow, seed).build(corpus);
        WordVectorBuilder.write(vectors, vectorsOut);
        console.printf(Locale.ROOT, "reduced %,d words to %d dimensions in %.1f s, %,d bytes in %s%n", vectors.size(),
                dimensions, (System.nanoTime() - started) / 1e9, Files.size(vectorsOut), vectorsOut);
        return 0;
    }
}
