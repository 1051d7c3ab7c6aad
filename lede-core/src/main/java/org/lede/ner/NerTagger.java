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
     * Words whose summed word-only weights are kept; past this the cache starts afresh. News text is mostly
     * words seen before, so most tokens then cost no lookup for their word-only keys; about 10 MB at most.
     */
    private static final int MAX_CACHED_WORDS = 50_000;

    private final NerModel model;
    private final FeatureExtractor extractor;
    private final TwoPassWeights weights;
    /**
     * Per word as written, the sums of its word-only keys' weights (see {@link TwoPassWeights#addBoth}), about
     * half a token's keys and the same wherever the word stands, and its leaf in the word clusters, which its
     * neighbours' keys read. The arrays are never changed once put.
     */
    private final Map<String, KnownWord> knownWords = new ConcurrentHashMap<>();

    private record KnownWord(float[] sums, int leaf) {
    }

    public NerTagger(NerModel model, Gazetteer gazetteer, WordClusters clusters) {
        this.model = model;
        this.extractor = new FeatureExtractor(gazetteer, clusters);
        this.weights = new TwoPassWeights(model.firstPass(), model.secondPass());
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
        int[] rowStarts = new int[0];
        if (knownWords.size() > MAX_CACHED_WORDS) {
            knownWords.clear();
        }
        for (List<String> sentence : document) {
            int n = sentence.size();
            // Known words get no word-only keys; addBoth fills in the sums of the others, which are then kept.
            float[][] known = new float[n][];
            int[] leaves = new int[n];
            boolean[] wordKnown = new boolean[n];
            for (int i = 0; i < n; i++) {
                KnownWord word = knownWords.get(sentence.get(i));
                if (word != null) {
                    known[i] = word.sums();
                    leaves[i] = word.leaf();
                    wordKnown[i] = true;
                }
            }
            extractor.extractSentence(sentence, cues, wordKnown, leaves, keys);
            float[] first = new float[n * labels];
            float[] second = new float[n * labels];
            if (rowStarts.length < keys.keys.length) {
                rowStarts = new int[keys.keys.length];
            }
            weights.addBoth(keys, n, known, rowStarts, first, second);
            for (int i = 0; i < n; i++) {
                if (!wordKnown[i]) {
                    knownWords.putIfAbsent(sentence.get(i), new KnownWord(known[i], leaves[i]));
                }
            }
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
