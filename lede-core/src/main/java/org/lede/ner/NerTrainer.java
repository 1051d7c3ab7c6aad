package org.lede.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.lede.eval.ConllEval;

/**
 * Trains the two passes of a {@link NerModel} with the averaged structured perceptron (Collins 2002):
 * decode each training sentence with the current weights, and where the best path differs from the gold
 * one, add the gold path's features and subtract the predicted path's. The average of the weights over all
 * steps is the model, which generalises far better than the last weights. After each epoch the averaged
 * model is scored on the development set and the best epoch's model is kept.
 *
 * <p>The second pass learns from first-pass labels of the same words elsewhere in the document. Those
 * labels must be as wrong as they will be on new text, so for the training documents they come from
 * first-pass models trained on the other folds (jackknifing), never from a model that saw the document.
 */
public final class NerTrainer {
    private static final int FOLDS = 4;

    private final FeatureExtractor extractor;
    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final int minCount;
    private final float minWeight;

    /**
     * @param minCount  features seen fewer times than this in training get no weights, which keeps the model
     *                  small and drops what the perceptron could only memorise
     * @param minWeight a feature whose averaged weights all stay below this in magnitude is dropped from the
     *                  model: most rows are such (updates that cancelled out over the epochs), they barely
     *                  move a score, and every row kept costs a memory read when tagging
     */
    public NerTrainer(Gazetteer gazetteer, WordClusters clusters, int minCount, float minWeight) {
        this.extractor = new FeatureExtractor(gazetteer, clusters);
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.minCount = minCount;
        this.minWeight = minWeight;
    }

    /** Told about each epoch, with its development figures, and about other steps of training. */
    public interface Progress {
        void epoch(String pass, int epoch, int mistakes, double devF1, long millis, boolean best);

        default void step(String message) {
        }
    }

    /** A document ready for training: its words, features, gold labels and the gold tags as written. */
    private record Prepared(List<List<String>> words, List<long[][]> features, List<int[]> gold,
                            List<List<String>> tags) {
    }

    /** One epoch's development score. */
    private record Scored(LinearChainModel model, double f1) {
    }

    public NerModel train(List<ConllCorpus.Document> train, List<ConllCorpus.Document> dev, int epochs,
                          Progress progress) {
        if (epochs < 1) {
            throw new IllegalArgumentException("at least one epoch is needed");
        }
        List<Prepared> trainDocs = train.stream().map(this::prepare).toList();
        List<Prepared> devDocs = dev.stream().map(this::prepare).toList();
        LinearChainModel first = fit(trainDocs, devDocs, epochs, "first pass", progress);

        List<List<int[]>> outOfFold = new ArrayList<>(Collections.nCopies(trainDocs.size(), null));
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Prepared> rest = new ArrayList<>();
            for (int d = 0; d < trainDocs.size(); d++) {
                if (d % FOLDS != fold) {
                    rest.add(trainDocs.get(d));
                }
            }
            LinearChainModel foldModel = fit(rest, List.of(), epochs, "fold", (p, e, m, f, t, b) -> { });
            for (int d = fold; d < trainDocs.size(); d += FOLDS) {
                outOfFold.set(d, NerTagger.decodeAll(foldModel, trainDocs.get(d).features()));
            }
            progress.step("first pass for fold " + (fold + 1) + "/" + FOLDS + " trained on the other folds");
        }
        List<Prepared> trainStacked = new ArrayList<>();
        for (int d = 0; d < trainDocs.size(); d++) {
            trainStacked.add(stacked(trainDocs.get(d), outOfFold.get(d)));
        }
        List<Prepared> devStacked = devDocs.stream()
                .map(doc -> stacked(doc, NerTagger.decodeAll(first, doc.features()))).toList();
        LinearChainModel second = fit(trainStacked, devStacked, epochs, "second pass", progress);
        return new NerModel(first, second);
    }

    /** Phrase-level F1 of a model on documents with gold tags, as conlleval computes it. */
    public double score(NerModel model, List<ConllCorpus.Document> documents) {
        NerTagger tagger = new NerTagger(model, gazetteer, clusters);
        ConllEval eval = new ConllEval(BioLabels.TYPES);
        for (ConllCorpus.Document document : documents) {
            List<int[]> labels = tagger.tag(document.words());
            for (int s = 0; s < labels.size(); s++) {
                eval.addSentence(document.sentences().get(s).tags(), BioLabels.toIob1Tags(labels.get(s)));
            }
        }
        return eval.overall().f1();
    }

    private Prepared prepare(ConllCorpus.Document document) {
        List<int[]> gold = document.sentences().stream().map(s -> BioLabels.fromTags(s.tags())).toList();
        List<List<String>> tags = document.sentences().stream().map(ConllCorpus.Sentence::tags).toList();
        return new Prepared(document.words(), extractor.extract(document.words()), gold, tags);
    }

    private Prepared stacked(Prepared document, List<int[]> firstPass) {
        return new Prepared(document.words(),
                extractor.withHistory(document.words(), document.features(), firstPass), document.gold(),
                document.tags());
    }

    private static double score(LinearChainModel model, List<Prepared> documents) {
        ConllEval eval = new ConllEval(BioLabels.TYPES);
        for (Prepared document : documents) {
            List<int[]> labels = NerTagger.decodeAll(model, document.features());
            for (int s = 0; s < labels.size(); s++) {
                eval.addSentence(document.tags().get(s), BioLabels.toIob1Tags(labels.get(s)));
            }
        }
        return eval.overall().f1();
    }

    /** Trains one pass; keeps the epoch best on {@code dev}, or the last epoch when there is no dev set. */
    private LinearChainModel fit(List<Prepared> documents, List<Prepared> dev, int epochs, String pass,
                                 Progress progress) {
        List<long[][]> sentences = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (Prepared document : documents) {
            sentences.addAll(document.features());
            gold.addAll(document.gold());
        }
        Weights weights = new Weights(frequentKeys(sentences));
        List<int[][]> rows = new ArrayList<>(sentences.size());
        for (long[][] sentence : sentences) {
            rows.add(weights.rowsOf(sentence));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Random random = new Random(20031);
        Scored best = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long started = System.currentTimeMillis();
            Collections.shuffle(order, random);
            int mistakes = 0;
            for (int index : order) {
                mistakes += weights.learn(rows.get(index), gold.get(index));
            }
            LinearChainModel averaged = weights.averaged(minWeight);
            double f1 = dev.isEmpty() ? 0 : score(averaged, dev);
            boolean improved = best == null || dev.isEmpty() || f1 > best.f1();
            if (improved) {
                best = new Scored(averaged, f1);
            }
            progress.epoch(pass, epoch, mistakes, f1, System.currentTimeMillis() - started, improved);
        }
        return best.model();
    }

    private long[] frequentKeys(List<long[][]> sentences) {
        LongIntMap counts = new LongIntMap(1 << 20);
        for (long[][] sentence : sentences) {
            for (long[] token : sentence) {
                for (long key : token) {
                    counts.add(key, 1);
                }
            }
        }
        long[] kept = new long[counts.size()];
        int[] n = {0};
        counts.forEach((key, count) -> {
            if (count >= minCount) {
                kept[n[0]++] = key;
            }
        });
        long[] keys = Arrays.copyOf(kept, n[0]);
        Arrays.sort(keys);
        return keys;
    }

    /** Current and summed weights of the perceptron, with the usual lazy-averaging bookkeeping. */
    private static final class Weights {
        private final int labels = BioLabels.count();
        private final long[] keys;
        private final LongIntMap index;
        private final float[] current;
        /** Sum of step * update, so that the average is current - summed / steps. */
        private final double[] summed;
        private final float[] transitions;
        private final double[] summedTransitions;
        private int step = 1;

        Weights(long[] keys) {
            this.keys = keys;
            this.index = new LongIntMap(keys.length);
            for (int row = 0; row < keys.length; row++) {
                index.put(keys[row], row);
            }
            current = new float[keys.length * labels];
            summed = new double[keys.length * labels];
            transitions = new float[(labels + 1) * labels];
            summedTransitions = new double[transitions.length];
        }

        int[][] rowsOf(long[][] sentence) {
            int[][] rows = new int[sentence.length][];
            for (int i = 0; i < sentence.length; i++) {
                int[] buffer = new int[sentence[i].length];
                int k = 0;
                for (long key : sentence[i]) {
                    int row = index.get(key, -1);
                    if (row >= 0) {
                        buffer[k++] = row;
                    }
                }
                rows[i] = Arrays.copyOf(buffer, k);
            }
            return rows;
        }

        /** One perceptron step on a sentence; returns 1 if the prediction was wrong. */
        int learn(int[][] rows, int[] gold) {
            int[] guess = Viterbi.BIO.decode(emission(rows), gold.length, transitions);
            int mistake = 0;
            for (int i = 0; i < gold.length; i++) {
                int previousGold = i == 0 ? -1 : gold[i - 1];
                int previousGuess = i == 0 ? -1 : guess[i - 1];
                if (gold[i] != guess[i]) {
                    mistake = 1;
                    for (int row : rows[i]) {
                        update(current, summed, row * labels + gold[i], 1);
                        update(current, summed, row * labels + guess[i], -1);
                    }
                }
                if (gold[i] != guess[i] || previousGold != previousGuess) {
                    update(transitions, summedTransitions, (previousGold + 1) * labels + gold[i], 1);
                    update(transitions, summedTransitions, (previousGuess + 1) * labels + guess[i], -1);
                }
            }
            step++;
            return mistake;
        }

        private float[] emission(int[][] rows) {
            float[] emission = new float[rows.length * labels];
            for (int i = 0; i < rows.length; i++) {
                for (int row : rows[i]) {
                    for (int label = 0; label < labels; label++) {
                        emission[i * labels + label] += current[row * labels + label];
                    }
                }
            }
            return emission;
        }

        private void update(float[] weights, double[] sums, int at, float delta) {
            weights[at] += delta;
            sums[at] += (double) step * delta;
        }

        /** The averaged weights, without the rows whose every weight is below {@code minWeight} in magnitude. */
        LinearChainModel averaged(float minWeight) {
            float[] averaged = average(current, summed);
            long[] keptKeys = new long[keys.length];
            float[] keptWeights = new float[averaged.length];
            int kept = 0;
            for (int row = 0; row < keys.length; row++) {
                float strongest = 0;
                for (int label = 0; label < labels; label++) {
                    strongest = Math.max(strongest, Math.abs(averaged[row * labels + label]));
                }
                if (strongest >= minWeight) {
                    keptKeys[kept] = keys[row];
                    System.arraycopy(averaged, row * labels, keptWeights, kept * labels, labels);
                    kept++;
                }
            }
            return LinearChainModel.rounded(Arrays.copyOf(keptKeys, kept),
                    Arrays.copyOf(keptWeights, kept * labels), average(transitions, summedTransitions));
        }

        private float[] average(float[] weights, double[] sums) {
            float[] result = new float[weights.length];
            for (int i = 0; i < weights.length; i++) {
                result[i] = (float) (weights[i] - sums[i] / step);
            }
            return result;
        }
    }
}
