package org.lede.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.lede.eval.LabelledSpan;
import org.lede.eval.PropagandaScorer;
import org.lede.model.Sentence;
import org.lede.model.Token;
import org.lede.ner.LongIntMap;
import org.lede.ner.Viterbi;

/**
 * Trains the {@link FramesModel} on a PTC split with the averaged perceptron: the span tagger as a
 * structured perceptron over sentences, the technique classifier over the gold spans. The number of epochs
 * of each is chosen by k-fold cross-validation on the training articles alone (never on dev), then both are
 * trained on all of them. Rare tagger features get no weight (the classifier keeps all by default).
 */
public final class FramesTrainer {
    private static final Viterbi DECODER = Viterbi.unconstrained(SpanTagger.LABELS);
    private static final long SEED = 20200911L;
    /**
     * The technique classifier is the mean of this many perceptrons, each shown the examples in orders of
     * its own (see {@link AveragedPerceptron#mean}): cross-validated TC micro-F1 0.5929 for one, 0.6001 for
     * five, 0.6011 for ten (means over four sets of orders; models/README.md, frames-en.bin, item (27)).
     */
    private static final int CLASSIFIER_ORDERS = 5;
    /** The recall shifts of the span tagger cross-validation tries, in units of perceptron score. */
    private static final float[] BIASES = {0, 16, 32, 48, 64, 80, 96, 128, 160, 192, 256};
    /** The softmax temperatures of the technique classifier it tries. */
    private static final float[] TEMPERATURES = {1, 2, 4, 8, 16, 32, 64, 128};
    /** The join gaps (tokens) it tries. */
    private static final int[] GAPS = {0, 2, 5, 1000, SpanTagger.WHOLE_SENTENCE};
    /**
     * The least confidences it tries: none, margins in all, and margins per token of the stretch (perceptron
     * score units, as the recall shifts).
     */
    private static final List<SpanTagger.Confidence> CONFIDENCES = confidences(
            new float[] {8, 16, 32, 64, 128, 256, 512, 1024}, new float[] {4, 8, 16, 32, 64, 128});

    /**
     * The tagger's step for the features of a token's vector, against 1 for its other features: they are
     * several and every word with a vector has all of them, so at a full step they outweighed the word's own
     * (cross-validated SI F1 0.3741 at 12 epochs with a feature for each of 32 coordinates, the recall shift
     * pushed to 192; 0.3866 at 1/8, 0.3888 at 1/32).
     */
    private static final float VECTOR_STEP = 0.125f;

    private final int taggerMinCount;
    private final int minCount;
    private final int folds;

    /**
     * @param taggerMinCount least count of a tagger feature: the tagger's rows are looked up for every token
     *                       of every article, so a smaller table is a faster pipeline
     * @param minCount       least count of a classifier feature
     */
    public FramesTrainer(int taggerMinCount, int minCount, int folds) {
        this.taggerMinCount = taggerMinCount;
        this.minCount = minCount;
        this.folds = folds;
    }

    /** Told what cross-validation measured for each epoch. */
    public interface Progress {
        void epoch(String model, int epoch, double score);

        void step(String message);
    }

    /** An article ready for training: its view, gold tags per sentence, and its technique examples. */
    private record Prepared(PtcCorpus.Article article, FramedText doc, List<int[]> tags,
                            List<long[]> examples, List<Integer> labels) {
    }

    public FramesModel train(List<PtcCorpus.Article> articles, int maxEpochs, Progress progress) {
        List<Prepared> prepared = articles.stream().map(FramesTrainer::prepare).toList();
        progress.step("prepared " + prepared.size() + " articles");
        double[][] siScore = new double[maxEpochs][BIASES.length * GAPS.length * CONFIDENCES.size()];
        double[] tcScore = new double[maxEpochs];
        double[][] likelihood = new double[maxEpochs][TEMPERATURES.length];
        for (int fold = 0; fold < folds; fold++) {
            List<Prepared> train = new ArrayList<>();
            List<Prepared> held = new ArrayList<>();
            for (int d = 0; d < prepared.size(); d++) {
                (d % folds == fold ? held : train).add(prepared.get(d));
            }
            double[][] si = trainTagger(train, maxEpochs, held);
            double[][] tcLikelihood = new double[maxEpochs][TEMPERATURES.length];
            double[] tc = trainClassifier(train, maxEpochs, held, tcLikelihood);
            for (int e = 0; e < maxEpochs; e++) {
                for (int b = 0; b < si[e].length; b++) {
                    siScore[e][b] += si[e][b] / folds;
                }
                tcScore[e] += tc[e] / folds;
                for (int t = 0; t < TEMPERATURES.length; t++) {
                    likelihood[e][t] += tcLikelihood[e][t] / folds;
                }
            }
            progress.step("fold " + (fold + 1) + "/" + folds + " done");
        }
        int siEpochs = 1;
        int siCell = 0;
        for (int e = 0; e < maxEpochs; e++) {
            int cell = argmax(siScore[e]);
            progress.epoch("span identification (SI F1, " + describe(cell) + ")", e + 1, siScore[e][cell]);
            progress.epoch("technique classification (TC micro-F1)", e + 1, tcScore[e]);
            if (siScore[e][cell] > siScore[siEpochs - 1][siCell]) {
                siEpochs = e + 1;
                siCell = cell;
            }
        }
        int tcEpochs = argmax(tcScore) + 1;
        float bias = BIASES[siCell / (GAPS.length * CONFIDENCES.size())];
        int gap = GAPS[siCell / CONFIDENCES.size() % GAPS.length];
        SpanTagger.Confidence confidence = CONFIDENCES.get(siCell % CONFIDENCES.size());
        progress.step(String.format(java.util.Locale.ROOT, "chose %d epochs, %s for SI (cross-validated F1 %.4f), "
                        + "%d epochs for TC (micro-F1 %.4f)",
                siEpochs, describe(siCell), siScore[siEpochs - 1][siCell], tcEpochs, tcScore[tcEpochs - 1]));
        LinearModel tagger = fitTagger(prepared, siEpochs);
        LinearModel classifier = fitClassifier(prepared, tcEpochs);
        float temperature = TEMPERATURES[argmax(likelihood[tcEpochs - 1])];
        progress.step(String.format(java.util.Locale.ROOT,
                "technique probabilities: softmax temperature %.0f (held-out mean log-likelihood %.4f)", temperature,
                likelihood[tcEpochs - 1][argmax(likelihood[tcEpochs - 1])]));
        return new FramesModel(tagger, bias, gap, confidence, classifier, temperature);
    }

    private static List<SpanTagger.Confidence> confidences(float[] margins, float[] marginsPerToken) {
        List<SpanTagger.Confidence> confidences = new ArrayList<>();
        confidences.add(SpanTagger.Confidence.ANY);
        for (float least : margins) {
            confidences.add(new SpanTagger.Confidence(least, false));
        }
        for (float least : marginsPerToken) {
            confidences.add(new SpanTagger.Confidence(least, true));
        }
        return List.copyOf(confidences);
    }

    /** The span settings of one cell of the cross-validation grid, in words. */
    private static String describe(int cell) {
        SpanTagger.Confidence confidence = CONFIDENCES.get(cell % CONFIDENCES.size());
        return String.format(java.util.Locale.ROOT, "recall shift %.0f, join gap %d, least margin %.0f%s",
                BIASES[cell / (GAPS.length * CONFIDENCES.size())], GAPS[cell / CONFIDENCES.size() % GAPS.length],
                confidence.least(), confidence.perToken() ? " per token" : "");
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static Prepared prepare(PtcCorpus.Article article) {
        FramedText doc = FramesModel.view(article.text());
        List<int[]> merged = mergedSpans(article.spans());
        List<int[]> tags = new ArrayList<>();
        for (Sentence sentence : doc.sentences) {
            int[] t = new int[sentence.tokenCount()];
            for (int i = 0; i < t.length; i++) {
                Token token = doc.tokens.get(sentence.firstToken() + i);
                int inside = spanOf(merged, token);
                if (inside >= 0) {
                    boolean continues = i > 0 && spanOf(merged, doc.tokens.get(sentence.firstToken() + i - 1)) == inside;
                    t[i] = continues ? SpanTagger.I : SpanTagger.B;
                }
            }
            tags.add(t);
        }
        List<long[]> examples = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (PtcCorpus.TechniqueSpan span : article.spans()) {
            examples.add(TechniqueClassifier.features(doc, span.start(), span.end()));
            labels.add(span.technique().ordinal());
        }
        return new Prepared(article, doc, tags, examples, labels);
    }

    private static int spanOf(List<int[]> spans, Token token) {
        for (int s = 0; s < spans.size(); s++) {
            if (token.start() < spans.get(s)[1] && spans.get(s)[0] < token.end()) {
                return s;
            }
        }
        return -1;
    }

    private static List<int[]> mergedSpans(List<PtcCorpus.TechniqueSpan> spans) {
        List<int[]> sorted = new ArrayList<>();
        spans.forEach(s -> sorted.add(new int[] {s.start(), s.end()}));
        sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : sorted) {
            if (!merged.isEmpty() && span[0] < merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        return merged;
    }

    // ---- span identification ----

    private LinearModel fitTagger(List<Prepared> train, int epochs) {
        AveragedPerceptron weights = new AveragedPerceptron(SpanTagger.LABELS, true, SpanTagger.forbiddenTransitions());
        LongIntMap counts = taggerFeatureCounts(train);
        for (int e = 0; e < epochs; e++) {
            taggerEpoch(train, weights, e);
        }
        return weights.averaged(key -> counts.get(key, 0) >= taggerMinCount);
    }

    /** Trains for up to {@code epochs}, scoring each epoch's averaged model on the held-out articles. */
    private double[][] trainTagger(List<Prepared> train, int epochs, List<Prepared> held) {
        AveragedPerceptron weights = new AveragedPerceptron(SpanTagger.LABELS, true, SpanTagger.forbiddenTransitions());
        LongIntMap counts = taggerFeatureCounts(train);
        List<LabelledSpan> goldSpans = new ArrayList<>();
        for (Prepared p : held) {
            for (PtcCorpus.TechniqueSpan span : p.article().spans()) {
                goldSpans.add(new LabelledSpan(p.article().id(), "", span.start(), span.end()));
            }
        }
        PropagandaScorer.SpanGold gold = PropagandaScorer.SpanGold.of(goldSpans);
        double[][] scores = new double[epochs][BIASES.length * GAPS.length * CONFIDENCES.size()];
        for (int e = 0; e < epochs; e++) {
            taggerEpoch(train, weights, e);
            LinearModel model = weights.averaged(key -> counts.get(key, 0) >= taggerMinCount);
            List<float[][]> emissions = held.stream().map(p -> SpanTagger.emissions(model, p.doc())).toList();
            for (int b = 0; b < BIASES.length; b++) {
                List<float[][]> biased = new ArrayList<>();
                List<List<int[]>> tags = new ArrayList<>();
                for (int d = 0; d < held.size(); d++) {
                    biased.add(SpanTagger.biased(emissions.get(d), BIASES[b]));
                    tags.add(SpanTagger.tags(biased.get(d), model));
                }
                for (int g = 0; g < GAPS.length; g++) {
                    List<TrimmedStretch> stretches = new ArrayList<>();
                    for (int d = 0; d < held.size(); d++) {
                        Prepared p = held.get(d);
                        for (SpanTagger.Stretch stretch : SpanTagger.stretches(p.doc(), biased.get(d), tags.get(d), GAPS[g], model)) {
                            int[] span = SpanTagger.trimmed(p.doc(), stretch);
                            if (span != null) {
                                stretches.add(new TrimmedStretch(stretch,
                                        new LabelledSpan(p.article().id(), "", span[0], span[1])));
                            }
                        }
                    }
                    for (int c = 0; c < CONFIDENCES.size(); c++) {
                        List<LabelledSpan> predicted = new ArrayList<>();
                        for (TrimmedStretch stretch : stretches) {
                            if (CONFIDENCES.get(c).accepts(stretch.stretch())) {
                                predicted.add(stretch.span());
                            }
                        }
                        scores[e][(b * GAPS.length + g) * CONFIDENCES.size() + c] =
                                PropagandaScorer.spanIdentification(predicted, gold).f1();
                    }
                }
            }
        }
        return scores;
    }

    /**
     * A stretch and the span it reports, trimmed once: the grid tries every least confidence on the same
     * stretches, and trimming them again for each was about an eighth of the trainer's time.
     */
    private record TrimmedStretch(SpanTagger.Stretch stretch, LabelledSpan span) {
    }

    private static LongIntMap taggerFeatureCounts(List<Prepared> train) {
        LongIntMap counts = new LongIntMap(1 << 16);
        long[] features = new long[SpanTagger.MAX_FEATURES];
        long[] shared = new long[SpanTagger.MAX_SENTENCE_FEATURES];
        for (Prepared p : train) {
            for (int s = 0; s < p.doc().sentences.size(); s++) {
                Sentence sentence = p.doc().sentences.get(s);
                int m = SpanTagger.sentenceFeatures(p.doc(), s, shared);
                for (int f = 0; f < m; f++) {
                    counts.add(shared[f], 1);
                }
                for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                    int n = SpanTagger.features(p.doc(), s, t, features);
                    for (int f = 0; f < n; f++) {
                        counts.add(features[f], 1);
                    }
                }
            }
        }
        return counts;
    }

    private static void taggerEpoch(List<Prepared> train, AveragedPerceptron weights, int epoch) {
        List<Prepared> order = shuffled(train, 0, epoch);
        // Per token, scored in the order the tagger scores them: its word's own features, its vector's, its
        // context's; the vector's are learnt at VECTOR_STEP.
        long[][] own = new long[0][];
        int[] ownCounts = new int[0];
        long[][] vectorFeatures = new long[0][];
        int[] vectorCounts = new int[0];
        long[][] context = new long[0][];
        int[] contextCounts = new int[0];
        long[] shared = new long[SpanTagger.MAX_SENTENCE_FEATURES];
        float[] sentenceScores = new float[SpanTagger.LABELS];
        for (Prepared p : order) {
            for (int s = 0; s < p.doc().sentences.size(); s++) {
                Sentence sentence = p.doc().sentences.get(s);
                int n = sentence.tokenCount();
                if (own.length < n) {
                    own = new long[n][SpanTagger.MAX_FEATURES];
                    ownCounts = new int[n];
                    vectorFeatures = new long[n][SpanTagger.VECTOR_FEATURES];
                    vectorCounts = new int[n];
                    context = new long[n][SpanTagger.MAX_FEATURES];
                    contextCounts = new int[n];
                }
                int m = SpanTagger.sentenceFeatures(p.doc(), s, shared);
                Arrays.fill(sentenceScores, 0);
                weights.addScores(shared, m, sentenceScores, 0);
                float[] emission = new float[n * SpanTagger.LABELS];
                for (int i = 0; i < n; i++) {
                    int t = sentence.firstToken() + i;
                    ownCounts[i] = SpanTagger.ownFeatures(p.doc(), t, own[i], 0);
                    weights.addScores(own[i], ownCounts[i], emission, i * SpanTagger.LABELS);
                    vectorCounts[i] = SpanTagger.vectorFeatures(p.doc(), t, vectorFeatures[i], 0);
                    weights.addScores(vectorFeatures[i], vectorCounts[i], emission, i * SpanTagger.LABELS);
                    contextCounts[i] = SpanTagger.contextFeatures(p.doc(), s, t, context[i], 0);
                    weights.addScores(context[i], contextCounts[i], emission, i * SpanTagger.LABELS);
                    for (int label = 0; label < SpanTagger.LABELS; label++) {
                        emission[i * SpanTagger.LABELS + label] += sentenceScores[label];
                    }
                }
                int[] guess = DECODER.decode(emission, n, weights.currentTransitions());
                int[] gold = p.tags().get(s);
                if (!Arrays.equals(guess, gold)) {
                    for (int i = 0; i < n; i++) {
                        if (guess[i] != gold[i]) {
                            weights.update(own[i], ownCounts[i], gold[i], 1);
                            weights.update(own[i], ownCounts[i], guess[i], -1);
                            weights.update(context[i], contextCounts[i], gold[i], 1);
                            weights.update(context[i], contextCounts[i], guess[i], -1);
                            weights.update(vectorFeatures[i], vectorCounts[i], gold[i], VECTOR_STEP);
                            weights.update(vectorFeatures[i], vectorCounts[i], guess[i], -VECTOR_STEP);
                            // The sentence's features are every token's; scaled by length so that a long
                            // sentence's words do not outweigh the token's own.
                            weights.update(shared, m, gold[i], 1f / n);
                            weights.update(shared, m, guess[i], -1f / n);
                        }
                        int goldPrevious = i == 0 ? -1 : gold[i - 1];
                        int guessPrevious = i == 0 ? -1 : guess[i - 1];
                        if (goldPrevious != guessPrevious || gold[i] != guess[i]) {
                            weights.updateTransition(goldPrevious, gold[i], 1);
                            weights.updateTransition(guessPrevious, guess[i], -1);
                        }
                    }
                }
                weights.tick();
            }
        }
    }

    // ---- technique classification ----

    private LinearModel fitClassifier(List<Prepared> train, int epochs) {
        List<AveragedPerceptron> perceptrons = classifierPerceptrons();
        LongIntMap counts = classifierFeatureCounts(train);
        for (int e = 0; e < epochs; e++) {
            classifierEpoch(train, perceptrons, e);
        }
        return AveragedPerceptron.mean(perceptrons, key -> counts.get(key, 0) >= minCount);
    }

    private static List<AveragedPerceptron> classifierPerceptrons() {
        List<AveragedPerceptron> perceptrons = new ArrayList<>();
        for (int order = 0; order < CLASSIFIER_ORDERS; order++) {
            perceptrons.add(new AveragedPerceptron(Technique.all().size(), false, null));
        }
        return perceptrons;
    }

    /**
     * Trains for up to {@code epochs}, giving each epoch's held-out micro-F1, and filling {@code likelihood}
     * with the mean log-probability of the held-out gold techniques at each of the {@link #TEMPERATURES}.
     */
    private double[] trainClassifier(List<Prepared> train, int epochs, List<Prepared> held, double[][] likelihood) {
        List<AveragedPerceptron> perceptrons = classifierPerceptrons();
        LongIntMap counts = classifierFeatureCounts(train);
        double[] scores = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            classifierEpoch(train, perceptrons, e);
            LinearModel model = AveragedPerceptron.mean(perceptrons, key -> counts.get(key, 0) >= minCount);
            List<LabelledSpan> predicted = new ArrayList<>();
            List<LabelledSpan> gold = new ArrayList<>();
            for (Prepared p : held) {
                TechniqueClassifier classifier = new TechniqueClassifier(model, 1);
                predicted.addAll(FramesEvaluation.classifyGold(classifier, p.article(), p.doc()));
                for (int x = 0; x < p.examples().size(); x++) {
                    PtcCorpus.TechniqueSpan span = p.article().spans().get(x);
                    float[] margins = classifier.scores(p.doc(), span.start(), span.end());
                    for (int t = 0; t < TEMPERATURES.length; t++) {
                        double[] probabilities = TechniqueClassifier.softmax(margins, TEMPERATURES[t]);
                        likelihood[e][t] += Math.log(Math.max(1e-12, probabilities[p.labels().get(x)]));
                    }
                }
                p.article().spans().forEach(s -> gold.add(p.article().toTask(s.technique(), s.start(), s.end())));
            }
            scores[e] = PropagandaScorer.techniqueClassification("cv", predicted, gold, Technique.labels())
                    .overall().f1();
            for (int t = 0; t < TEMPERATURES.length; t++) {
                likelihood[e][t] /= Math.max(1, gold.size());
            }
        }
        return scores;
    }

    private static LongIntMap classifierFeatureCounts(List<Prepared> train) {
        LongIntMap counts = new LongIntMap(1 << 16);
        for (Prepared p : train) {
            for (long[] example : p.examples()) {
                for (long key : example) {
                    counts.add(key, 1);
                }
            }
        }
        return counts;
    }

    /** One epoch of each perceptron, perceptron {@code i} taking the examples in its own order. */
    private static void classifierEpoch(List<Prepared> train, List<AveragedPerceptron> perceptrons, int epoch) {
        for (int order = 0; order < perceptrons.size(); order++) {
            classifierEpoch(train, perceptrons.get(order), order, epoch);
        }
    }

    private static void classifierEpoch(List<Prepared> train, AveragedPerceptron weights, int order, int epoch) {
        float[] scores = new float[Technique.all().size()];
        for (Prepared p : shuffled(train, order, epoch)) {
            for (int x = 0; x < p.examples().size(); x++) {
                long[] features = p.examples().get(x);
                Arrays.fill(scores, 0);
                weights.addScores(features, features.length, scores, 0);
                int guess = 0;
                for (int label = 1; label < scores.length; label++) {
                    if (scores[label] > scores[guess]) {
                        guess = label;
                    }
                }
                int gold = p.labels().get(x);
                if (guess != gold) {
                    weights.update(features, features.length, gold, 1);
                    weights.update(features, features.length, guess, -1);
                }
                weights.tick();
            }
        }
    }

    /** The articles in the shuffled order of one epoch; {@code order} numbers sequences of orders apart. */
    private static List<Prepared> shuffled(List<Prepared> docs, int order, int epoch) {
        List<Prepared> shuffled = new ArrayList<>(docs);
        java.util.Collections.shuffle(shuffled, new Random(SEED + 1000L * order + epoch));
        return shuffled;
    }
}
