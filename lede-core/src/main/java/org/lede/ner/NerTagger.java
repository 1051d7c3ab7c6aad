package org.lede.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags the sentences of one document with BIO labels. Thread-safe: model, gazetteer and clusters are
 * immutable, and the one shared cache holds only values that never change once computed.
 */
public final class NerTagger {
    /**
     * Words whose summed weights are kept ({@link KnownWord}); past this the table starts afresh. News text is
     * mostly words seen before, so most tokens then cost no lookup but for their context keys; each word
     * keeps 90 floats, about 25 MB at most.
     */
    private static final int MAX_CACHED_WORDS = 50_000;

    private final NerModel model;
    private final FeatureExtractor extractor;
    private final TwoPassWeights weights;
    /**
     * Per word as written, what its keys that depend on nothing but the word add up to (see {@link
     * FeatureExtractor.SentenceKeys}), about two thirds of a token's keys. The arrays are never changed once
     * put.
     */
    private final Map<String, KnownWord> knownWords = new ConcurrentHashMap<>();
    /** What a token's neighbour keys add up to where the sentence ends before that neighbour, by group. */
    private final float[][] edges = new float[FeatureExtractor.NEIGHBOUR_GROUPS][];

    /**
     * A word's summed weights, both passes' labels for each (the first pass's, then the second's): of its own
     * keys, and of the keys it gives the token at each of {@link FeatureExtractor#NEIGHBOUR_OFFSETS} from it,
     * group g at {@code asNeighbour[g * 2 * labels]}.
     */
    private record KnownWord(float[] own, float[] asNeighbour) {
    }

    public NerTagger(NerModel model, Gazetteer gazetteer, WordClusters clusters) {
        this.model = model;
        this.extractor = new FeatureExtractor(gazetteer, clusters);
        this.weights = new TwoPassWeights(model.firstPass(), model.secondPass());
        long[] keys = new long[FeatureExtractor.MAX_NEIGHBOUR_KEYS];
        for (int g = 0; g < edges.length; g++) {
            edges[g] = weights.sum(keys, FeatureExtractor.edgeKeys(g, keys, 0));
        }
    }

    /**
     * One label array per sentence (see {@link BioLabels}); the document is a list of sentences of words.
     * Each feature is looked up once for both passes: the second pass's scores start from the same
     * features' second-pass weights, and the history features are added once the first pass is decoded.
     * Last, the same words get one type throughout the document ({@link DocumentTypeVote}).
     */
    public List<int[]> tag(List<? extends List<String>> document) {
        int labels = BioLabels.count();
        FeatureExtractor.DocumentCues cues = FeatureExtractor.DocumentCues.of(document);
        FeatureExtractor.SentenceKeys keys = new FeatureExtractor.SentenceKeys();
        List<int[]> firstPass = new ArrayList<>(document.size());
        List<float[]> secondScores = new ArrayList<>(document.size());
        if (knownWords.size() > MAX_CACHED_WORDS) {
            knownWords.clear();
        }
        for (List<String> sentence : document) {
            int n = sentence.size();
            float[] first = new float[n * labels];
            float[] second = new float[n * labels];
            score(sentence, cues, keys, first, second);
            firstPass.add(model.firstPass().decode(first, n));
            secondScores.add(second);
        }
        FeatureExtractor.History history = new FeatureExtractor.History(document, firstPass);
        long[] historyKeys = new long[FeatureExtractor.History.MAX_KEYS];
        List<int[]> result = new ArrayList<>(document.size());
        for (int s = 0; s < document.size(); s++) {
            List<String> words = document.get(s);
            float[] second = secondScores.get(s);
            for (int i = 0; i < words.size(); i++) {
                int k = history.keys(words.get(i), firstPass.get(s)[i], historyKeys);
                weights.addSecond(historyKeys, k, second, i * labels);
            }
            result.add(model.secondPass().decode(second, words.size()));
        }
        return DocumentTypeVote.unify(document, result, secondScores);
    }

    /**
     * Both passes' scores of a sentence's tokens, added to {@code first} and {@code second} (zero on entry,
     * token-major). A token's scores are the sums its word keeps (its own keys' weights, then those its
     * neighbours give it, each summed apart, in the order of {@link FeatureExtractor#NEIGHBOUR_OFFSETS}), then
     * its context keys' weights one by one: the same floats whether a word was met before or is summed afresh.
     */
    private void score(List<String> sentence, FeatureExtractor.DocumentCues cues, FeatureExtractor.SentenceKeys keys,
                       float[] first, float[] second) {
        int n = sentence.size();
        int labels = BioLabels.count();
        // Known words get none of the keys whose sums they keep; the others' are summed and then kept.
        KnownWord[] known = new KnownWord[n];
        boolean[] wordKnown = new boolean[n];
        for (int i = 0; i < n; i++) {
            known[i] = knownWords.get(sentence.get(i));
            wordKnown[i] = known[i] != null;
        }
        extractor.extractSentence(sentence, cues, wordKnown, keys);
        int[] rowStarts = new int[n == 0 ? 0 : keys.end(n - 1)];
        weights.lookUp(keys.keys, rowStarts.length, rowStarts);
        for (int i = 0; i < n; i++) {
            if (known[i] == null) {
                known[i] = summed(keys, rowStarts, i);
                knownWords.putIfAbsent(sentence.get(i), known[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            int at = i * labels;
            System.arraycopy(known[i].own(), 0, first, at, labels);
            System.arraycopy(known[i].own(), labels, second, at, labels);
            for (int g = 0; g < FeatureExtractor.NEIGHBOUR_GROUPS; g++) {
                int neighbour = i + FeatureExtractor.NEIGHBOUR_OFFSETS[g];
                boolean edge = neighbour < 0 || neighbour >= n;
                float[] given = edge ? edges[g] : known[neighbour].asNeighbour();
                int from = edge ? 0 : g * 2 * labels;
                for (int label = 0; label < labels; label++) {
                    first[at + label] += given[from + label];
                    second[at + label] += given[from + labels + label];
                }
            }
            weights.addRows(rowStarts, keys.neighbourEnd(i, FeatureExtractor.NEIGHBOUR_GROUPS - 1), keys.end(i),
                    first, at, second, at);
        }
    }

    /** What token {@code i}'s word keeps: its own keys and each of its neighbour groups, summed apart. */
    private KnownWord summed(FeatureExtractor.SentenceKeys keys, int[] rowStarts, int i) {
        int labels = BioLabels.count();
        float[] own = new float[2 * labels];
        weights.addRows(rowStarts, keys.start(i), keys.wordEnd(i), own, 0, own, labels);
        float[] asNeighbour = new float[FeatureExtractor.NEIGHBOUR_GROUPS * 2 * labels];
        for (int g = 0; g < FeatureExtractor.NEIGHBOUR_GROUPS; g++) {
            weights.addRows(rowStarts, keys.neighbourStart(i, g), keys.neighbourEnd(i, g),
                    asNeighbour, g * 2 * labels, asNeighbour, g * 2 * labels + labels);
        }
        return new KnownWord(own, asNeighbour);
    }

    static List<int[]> decodeAll(LinearChainModel model, List<long[][]> features) {
        List<int[]> labels = new ArrayList<>(features.size());
        for (long[][] sentence : features) {
            labels.add(model.decode(sentence));
        }
        return labels;
    }

    public NerModel model() {
        return model;
    }
}
