package org.lede.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.lede.eval.ConllEval;

/**
 * Trains a {@link NerModel} with the averaged structured perceptron (Collins 2002): decode each training
 * sentence with the current weights, and where the best path differs from the gold one, add the gold
 * path's features and subtract the predicted path's. The average of the weights over all steps is the
 * model, which generalises far better than the last weights. After each epoch the averaged model is scored
 * on the development set and the best epoch's model is kept.
 */
public final class NerTrainer {
    private final FeatureExtractor extractor;
    private final int minCount;

    /**
     * @param minCount features seen fewer times than this in training get no weights, which keeps the model
     *                 small and drops what the perceptron could only memorise
     */
    public NerTrainer(Gazetteer gazetteer, int minCount) {
        this.extractor = new FeatureExtractor(gazetteer);
        this.minCount = minCount;
    }

    /** Called after each epoch with its development figures. */
    public interface Progress {
        void epoch(int epoch, int mistakes, double devF1, long millis, boolean best);
    }

    /** One epoch's development score. */
    private record Scored(NerModel model, double f1) {
    }

    public NerModel train(List<ConllCorpus.Document> train, List<ConllCorpus.Document> dev, int epochs,
                          Progress progress) {
        List<long[][]> sentences = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (ConllCorpus.Document document : train) {
            sentences.addAll(extractor.extract(document.words()));
            for (ConllCorpus.Sentence sentence : document.sentences()) {
                gold.add(BioLabels.fromTags(sentence.tags()));
            }
        }
        long[] keys = frequentKeys(sentences);
        Weights weights = new Weights(keys);
        List<int[][]> rows = new ArrayList<>(sentences.size());
        for (long[][] sentence : sentences) {
            rows.add(weights.rowsOf(sentence));
        }
        sentences = null;

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
            NerModel averaged = weights.averaged();
            double f1 = dev.isEmpty() ? 0 : score(averaged, dev);
            boolean improved = best == null || f1 > best.f1();
            if (improved) {
                best = new Scored(averaged, f1);
            }
            progress.epoch(epoch, mistakes, f1, System.currentTimeMillis() - started, improved);
        }
        if (best == null) {
            throw new IllegalArgumentException("at least one epoch is needed");
        }
        return best.model();
    }

    /** Phrase-level F1 of a model on documents with gold tags, as conlleval computes it. */
    public double score(NerModel model, List<ConllCorpus.Document> documents) {
        ConllEval eval = new ConllEval(BioLabels.TYPES);
        for (ConllCorpus.Document document : documents) {
            List<long[][]> features = extractor.extract(document.words());
            for (int s = 0; s < features.size(); s++) {
                eval.addSentence(document.sentences().get(s).tags(),
                        BioLabels.toIob1Tags(model.decode(features.get(s))));
            }
        }
        return eval.overall().f1();
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
            int[] guess = Viterbi.decode(emission(rows), gold.length, transitions);
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

        NerModel averaged() {
            return new NerModel(keys.clone(), average(current, summed), average(transitions, summedTransitions));
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
