package org.lede.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.lede.eval.BratAttributions;
import org.lede.eval.BratAttributions.Attribution;
import org.lede.eval.BratAttributions.Fragment;
import org.lede.io.AtomicFile;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Token;
import org.lede.text.TextAnalyzer;

/**
 * Trains the {@link CueClassifier} on a PolNeAR split: every candidate word of every article, labelled a cue
 * when it stands inside a gold Cue span, learned by an averaged perceptron. The tokens and quotation marks
 * are Lede's own, read as the quote stage reads them at run time, so the features match.
 */
public final class CueClassifierTrainer {
    private static final long SEED = 20261127L;

    private final int epochs;
    private final int minCount;

    /** Features seen fewer than {@code minCount} times get no weight: they would only learn their example. */
    public CueClassifierTrainer(int epochs, int minCount) {
        this.epochs = epochs;
        this.minCount = minCount;
    }

    /** What training saw and kept. */
    public record Result(int examples, int cues, int features) {
    }

    private record Example(int[] features, boolean cue) {
    }

    /** Trains on the split folder ({@code text/}, {@code attributions/}) and writes the model file. */
    public Result train(Path split, Path out, String command) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<List<String>> raw = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        TextAnalyzer text = new TextAnalyzer();
        QuotationMarks marks = new QuotationMarks();
        Map<String, Path> annotations = BratAttributions.firstAnnotationPerArticle(split.resolve("attributions"));
        for (Map.Entry<String, Path> entry : annotations.entrySet()) {
            Path textFile = split.resolve("text").resolve(entry.getKey() + ".txt");
            if (!Files.exists(textFile)) {
                continue;
            }
            String content = read(textFile);
            List<Fragment> cues = new ArrayList<>();
            for (Attribution a : BratAttributions.parse(read(entry.getValue()), content)) {
                cues.addAll(a.cue());
            }
            Analysis analysis = text.process(Analysis.of(Article.of(content)));
            TokenView v = new TokenView(analysis, marks.find(content, analysis.tokens()));
            for (int i = 0; i < v.tokens.size(); i++) {
                if (CueClassifier.candidate(v, i)) {
                    raw.add(CueClassifier.features(v, i));
                    labels.add(inside(v.tokens.get(i), cues));
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        raw.forEach(features -> features.forEach(f -> counts.merge(f, 1, Integer::sum)));
        List<Example> examples = new ArrayList<>(raw.size());
        int cueCount = 0;
        for (int k = 0; k < raw.size(); k++) {
            int[] features = raw.get(k).stream().filter(f -> counts.get(f) >= minCount)
                    .mapToInt(f -> ids.computeIfAbsent(f, name -> {
                        names.add(name);
                        return names.size() - 1;
                    })).toArray();
            examples.add(new Example(features, labels.get(k)));
            cueCount += labels.get(k) ? 1 : 0;
        }
        double[] averaged = perceptron(examples, names.size());
        Map<String, Float> kept = new TreeMap<>();
        for (int f = 0; f < names.size(); f++) {
            if (Math.abs(averaged[f]) >= 1e-3) {
                kept.put(names.get(f), (float) averaged[f]);
            }
        }
        write(kept, out, command);
        return new Result(examples.size(), cueCount, kept.size());
    }

    /** The averaged perceptron: the mean of the weights after every example, which generalises better. */
    private double[] perceptron(List<Example> examples, int features) {
        double[] w = new double[features];
        double[] total = new double[features]; // sum over time of w, kept lazily with the update step
        long step = 1;
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                double score = 0;
                for (int f : e.features()) {
                    score += w[f];
                }
                boolean predicted = score > 0;
                if (predicted != e.cue()) {
                    int sign = e.cue() ? 1 : -1;
                    for (int f : e.features()) {
                        w[f] += sign;
                        total[f] += sign * step;
                    }
                }
                step++;
            }
        }
        double[] averaged = new double[features];
        for (int f = 0; f < features; f++) {
            averaged[f] = w[f] - total[f] / step;
        }
        return averaged;
    }

    private static boolean inside(Token token, List<Fragment> cues) {
        for (Fragment cue : cues) {
            if (cue.start() < token.end() && token.start() < cue.end()) {
                return true;
            }
        }
        return false;
    }

    private static void write(Map<String, Float> weights, Path out, String command) {
        try {
            AtomicFile.writeGzippedText(out, writer -> {
                writer.write("# feature\tweight  (trained on PolNeAR train by `" + command + "`)\n");
                for (Map.Entry<String, Float> e : weights.entrySet()) {
                    writer.write(e.getKey() + '\t' + e.getValue() + '\n');
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
