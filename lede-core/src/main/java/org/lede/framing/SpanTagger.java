package org.lede.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lede.model.Sentence;
import org.lede.ner.TokenHash;
import org.lede.ner.WordClusters;

/**
 * Span identification (SI): tags each token O, B (first of a persuasive stretch) or I (inside one) with a
 * linear-chain model decoded by Viterbi, sentence by sentence. Features are the word and its neighbours,
 * word pairs, suffix, prefix and shape, the word's clusters and vector, its valence and that of the words
 * near it, how often the word recurs in the article, where it stands in its sentence, whether it is quoted,
 * and the sentence's punctuation (exclamations, questions). No part-of-speech tags: Lede has none at run time.
 */
final class SpanTagger {
    static final int O = 0;
    static final int B = 1;
    static final int I = 2;
    static final int LABELS = 3;
    /** The leading coordinates of a word's vector ({@link org.lede.ner.WordVectors}) the tagger reads. */
    static final int VECTOR_DIMENSIONS = 16;
    /**
     * They are read two by two, each pair's quartiles one feature: as good in cross-validation as a feature
     * per coordinate (SI F1 0.3942 and 0.3958 at best, 0.3938 and 0.3943 at 22 epochs) for half the lookups.
     */
    static final int VECTOR_FEATURES = VECTOR_DIMENSIONS / 2;
    static final int MAX_FEATURES = 20 + VECTOR_FEATURES;
    static final int MAX_SENTENCE_FEATURES = 128;
    /** The join gap that makes every sentence with a tagged token one span. */
    static final int WHOLE_SENTENCE = -1;
    /**
     * Words whose own scores are kept (see {@link #emissions(LinearModel, FramedText, Map)}); past this the
     * table starts afresh. News text is mostly words seen before; about 5 MB at most.
     */
    private static final int MAX_KNOWN_WORDS = 50_000;

    private final LinearModel model;
    /**
     * Added to the B and I scores of every token before decoding. The perceptron learns from a corpus where
     * most tokens are O and comes out cautious; under the task's overlap F1 finding more pays, so training
     * picks this shift by cross-validation.
     */
    private final float recallBias;
    /**
     * Two stretches of one sentence this many tokens apart or fewer are reported as one: annotators mark
     * whole phrases, and the tagger tends to break them where a plain word sits between loaded ones.
     */
    private final int joinGap;
    /** The least confidence a stretch needs to be reported: the shift finds more, this drops the doubtful. */
    private final Confidence confidence;
    /** Per word as written, its own features' scores; an array is never changed once put. */
    private final Map<String, float[]> ownScores = new ConcurrentHashMap<>();

    /**
     * How sure the tagger is of a stretch: its margin, by how much the best tagging of the sentence beats
     * the same tagging with the stretch made O (emissions shifted by the recall bias, transitions included),
     * either in all or per token of the stretch. Stretches under {@code least} are dropped.
     */
    record Confidence(float least, boolean perToken) {
        /** Keeps every stretch the tags mark: a margin is never negative. */
        static final Confidence ANY = new Confidence(0, false);

        boolean accepts(Stretch stretch) {
            return (perToken ? stretch.margin() / stretch.tokens() : stretch.margin()) >= least;
        }
    }

    /** A stretch of one sentence: tokens [first, end) of the article, and the tagger's margin for it. */
    record Stretch(int sentence, int first, int end, float margin) {
        int tokens() {
            return end - first;
        }
    }

    SpanTagger(LinearModel model, float recallBias, int joinGap, Confidence confidence) {
        this.model = model;
        this.recallBias = recallBias;
        this.joinGap = joinGap;
        this.confidence = confidence;
    }

    float recallBias() {
        return recallBias;
    }

    int joinGap() {
        return joinGap;
    }

    Confidence confidence() {
        return confidence;
    }

    /** The stretches found, as [start, end) char offsets, in text order. */
    List<int[]> spans(FramedText doc) {
        if (ownScores.size() > MAX_KNOWN_WORDS) {
            ownScores.clear();
        }
        float[][] emissions = biased(emissions(model, doc, ownScores), recallBias);
        List<int[]> spans = new ArrayList<>();
        for (Stretch stretch : stretches(doc, emissions, tags(emissions, model), joinGap, model)) {
            int[] span = confidence.accepts(stretch) ? trimmed(doc, stretch) : null;
            if (span != null) {
                spans.add(span);
            }
        }
        return spans;
    }

    /** Each sentence's emission scores, with no word's own scores kept beyond this article. */
    static float[][] emissions(LinearModel model, FramedText doc) {
        return emissions(model, doc, new HashMap<>());
    }

    /**
     * Each sentence's emission scores ({@code tokens × LABELS}): for each token, the scores of its word's own
     * features ({@link #ownFeatures} and its vector's), summed from zero and kept in {@code known} by the word
     * as written, so that a word met before costs one lookup instead of sixteen; then its context's features;
     * then the sentence's, which every token of it shares and which are therefore scored once. A known word's
     * scores are the very floats summing its features again would give.
     */
    static float[][] emissions(LinearModel model, FramedText doc, Map<String, float[]> known) {
        float[][] emissions = new float[doc.sentences.size()][];
        long[] shared = new long[MAX_SENTENCE_FEATURES];
        float[] sentenceScores = new float[LABELS];
        long[] features = new long[0];
        int[] ends = new int[0];
        int[] unknown = new int[0];
        for (int s = 0; s < doc.sentences.size(); s++) {
            Sentence sentence = doc.sentences.get(s);
            int first = sentence.firstToken();
            int n = sentence.tokenCount();
            java.util.Arrays.fill(sentenceScores, 0);
            model.addScores(shared, sentenceFeatures(doc, s, shared), sentenceScores, 0);
            if (ends.length < n) { // each group of the sentence's features is looked up together
                ends = new int[n];
                unknown = new int[n];
                features = new long[n * MAX_FEATURES];
            }
            float[] emission = new float[n * LABELS];
            int words = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                float[] own = known.get(doc.tokens.get(first + i).form());
                if (own != null) {
                    System.arraycopy(own, 0, emission, i * LABELS, LABELS);
                } else {
                    count += ownFeatures(doc, first + i, features, count);
                    count += vectorFeatures(doc, first + i, features, count);
                    ends[words] = count;
                    unknown[words++] = i;
                }
            }
            float[] sums = new float[words * LABELS];
            model.addScores(features, ends, words, sums, 0);
            for (int w = 0; w < words; w++) {
                int i = unknown[w];
                System.arraycopy(sums, w * LABELS, emission, i * LABELS, LABELS);
                known.putIfAbsent(doc.tokens.get(first + i).form(),
                        java.util.Arrays.copyOfRange(sums, w * LABELS, (w + 1) * LABELS));
            }
            count = 0;
            for (int i = 0; i < n; i++) {
                count += contextFeatures(doc, s, first + i, features, count);
                ends[i] = count;
            }
            model.addScores(features, ends, n, emission, 0);
            for (int i = 0; i < n; i++) {
                for (int label = 0; label < LABELS; label++) {
                    emission[i * LABELS + label] += sentenceScores[label];
                }
            }
            emissions[s] = emission;
        }
        return emissions;
    }

    /** The emissions with the B and I scores of every token shifted by {@code bias}, as a copy. */
    static float[][] biased(float[][] emissions, float bias) {
        float[][] biased = new float[emissions.length][];
        for (int s = 0; s < emissions.length; s++) {
            float[] emission = emissions[s].clone();
            for (int i = 0; i < emission.length; i += LABELS) {
                emission[i + B] += bias;
                emission[i + I] += bias;
            }
            biased[s] = emission;
        }
        return biased;
    }

    /** Each sentence's best tags. */
    static List<int[]> tags(float[][] emissions, LinearModel model) {
        List<int[]> tags = new ArrayList<>(emissions.length);
        for (float[] emission : emissions) {
            tags.add(model.viterbi(emission, emission.length / LABELS));
        }
        return tags;
    }

    /**
     * The stretches the tags mark, sentence by sentence, joined across gaps of at most {@code joinGap}
     * tokens, each with its margin; with {@link #WHOLE_SENTENCE}, a sentence with any tagged token is one
     * stretch.
     */
    static List<Stretch> stretches(FramedText doc, float[][] emissions, List<int[]> tags, int joinGap,
                                   LinearModel model) {
        List<Stretch> stretches = new ArrayList<>();
        List<int[]> runs = new ArrayList<>();
        for (int s = 0; s < tags.size(); s++) {
            int[] sentenceTags = tags.get(s);
            runs.clear();
            if (joinGap != WHOLE_SENTENCE) {
                addRuns(sentenceTags, joinGap, runs);
            } else if (java.util.Arrays.stream(sentenceTags).anyMatch(tag -> tag != O)) {
                runs.add(new int[] {0, sentenceTags.length});
            }
            int first = doc.sentences.get(s).firstToken();
            for (int[] run : runs) {
                float margin = margin(emissions[s], sentenceTags, run[0], run[1], model);
                stretches.add(new Stretch(s, first + run[0], first + run[1], margin));
            }
        }
        return stretches;
    }

    /**
     * By how much the tagging scores above the same tagging with tokens [from, to) made O: the emissions
     * of those tokens and the transitions into and out of them.
     */
    static float margin(float[] emission, int[] tags, int from, int to, LinearModel model) {
        float margin = 0;
        for (int i = from; i < to; i++) {
            margin += emission[i * LABELS + tags[i]] - emission[i * LABELS + O];
        }
        for (int i = from; i <= to && i < tags.length; i++) {
            int previous = i == 0 ? -1 : tags[i - 1];
            int previousAsO = i == 0 ? -1 : i - 1 >= from ? O : tags[i - 1];
            int labelAsO = i < to ? O : tags[i];
            margin += model.transition(previous, tags[i]) - model.transition(previousAsO, labelAsO);
        }
        return margin;
    }

    /**
     * The stretch as a [start, end) char span, leading and trailing punctuation left out (quotation marks above
     * all: the task's spans do not begin or end with them); null for a stretch of punctuation alone.
     */
    static int[] trimmed(FramedText doc, Stretch stretch) {
        int first = stretch.first();
        int last = stretch.end() - 1;
        while (first < last && isPunctuation(doc, first)) {
            first++;
        }
        while (last > first && isPunctuation(doc, last)) {
            last--;
        }
        return isPunctuation(doc, first) ? null
                : new int[] {doc.tokens.get(first).start(), doc.tokens.get(last).end()};
    }

    private static boolean isPunctuation(FramedText doc, int token) {
        return !Character.isLetterOrDigit(doc.tokens.get(token).form().charAt(0));
    }

    /**
     * Features of the whole sentence, shared by its tokens: its words (the first {@code MAX_SENTENCE_FEATURES
     * - 4}), its closing punctuation and length, whether it is the headline. They let the tagger weigh a word
     * by the company it keeps, which is where most persuasion lies.
     */
    static int sentenceFeatures(FramedText doc, int sentenceIndex, long[] out) {
        Sentence sentence = doc.sentences.get(sentenceIndex);
        int n = 0;
        String last = doc.tokens.get(sentence.endToken() - 1).form();
        out[n++] = TokenHash.key(30, last.equals("!") ? 1 : last.equals("?") ? 2 : 0, 0);
        out[n++] = TokenHash.key(31, bucket(sentence.tokenCount()), sentenceIndex == 0 ? 1 : 0);
        for (int t = sentence.firstToken(); t < sentence.endToken() && n < MAX_SENTENCE_FEATURES - 1; t++) {
            out[n++] = TokenHash.key(32, doc.lower[t], 0);
            if (t + 1 < sentence.endToken()) {
                out[n++] = TokenHash.key(33, doc.lower[t], doc.lower[t + 1]);
            }
        }
        return n;
    }

    /**
     * Turns a sentence's tags into runs of token indices [begin, end), from each B or stray I through the I
     * tags after it, joining runs at most {@code joinGap} tokens apart (0: none are joined).
     */
    static void addRuns(int[] tags, int joinGap, List<int[]> out) {
        int begin = -1;
        int previousEnd = -joinGap - 1; // token index after the sentence's last run so far
        for (int i = 0; i <= tags.length; i++) {
            int tag = i < tags.length ? tags[i] : O;
            if (begin >= 0 && tag != I) {
                if (joinGap > 0 && begin - previousEnd <= joinGap) {
                    out.get(out.size() - 1)[1] = i;
                } else {
                    out.add(new int[] {begin, i});
                }
                previousEnd = i;
                begin = -1;
            }
            if (tag == B || (tag == I && begin < 0)) {
                begin = i;
            }
        }
    }

    /** Transitions a well-formed tagging never takes: I may only follow B or I. */
    static boolean[] forbiddenTransitions() {
        boolean[] forbidden = new boolean[(LABELS + 1) * LABELS];
        forbidden[I] = true;                    // sentence start → I
        forbidden[(O + 1) * LABELS + I] = true; // O → I
        return forbidden;
    }

    /** Writes token {@code t}'s feature keys into {@code out}; returns how many. */
    static int features(FramedText doc, int sentenceIndex, int t, long[] out) {
        int n = ownFeatures(doc, t, out, 0);
        n += vectorFeatures(doc, t, out, n);
        return n + contextFeatures(doc, sentenceIndex, t, out, n);
    }

    /**
     * Writes the keys of the features token {@code t}'s word as written decides alone, its vector's apart,
     * into {@code out} from {@code from} on; returns how many. With the vector's, they are most of a token's
     * keys and the same wherever the word stands, so their sum is kept per word ({@link #emissions}).
     */
    static int ownFeatures(FramedText doc, int t, long[] out, int from) {
        String form = doc.tokens.get(t).form();
        int n = from;
        out[n++] = TokenHash.key(1, 0, 0);
        out[n++] = TokenHash.key(2, doc.lower[t], 0);
        out[n++] = TokenHash.key(9, TokenHash.lower(suffix(form)), 0);
        out[n++] = TokenHash.key(10, shape(form), 0);
        // Word clusters carry what the tagger learnt of a loaded word to the unseen words used like it.
        int leaf = doc.leaf(t);
        out[n++] = TokenHash.key(15, leaf < 0 ? -1 : WordClusters.clusterAt(leaf, 1), 0);
        out[n++] = TokenHash.key(16, leaf, 0);
        // How strongly the word is felt: the people's ratings of the sentiment lexicon reach the emotive
        // words the training articles lack.
        out[n++] = TokenHash.key(17, doc.valence[t], 0);
        // The prefix carries what was learnt of a loaded word to its other forms ("terrorist", "terrorism").
        if (doc.prefix(t) != FramedText.NO_PREFIX) {
            out[n++] = TokenHash.key(19, doc.prefix(t), 0);
        }
        return n - from;
    }

    /**
     * Writes the keys of token {@code t}'s features that depend on where it stands (its neighbours, how often
     * its word recurs in the article, its place in the sentence, quotation, the valence nearby) into
     * {@code out} from {@code from} on; returns how many.
     */
    static int contextFeatures(FramedText doc, int sentenceIndex, int t, long[] out, int from) {
        Sentence sentence = doc.sentences.get(sentenceIndex);
        int first = sentence.firstToken();
        int end = sentence.endToken();
        String form = doc.tokens.get(t).form();
        long w0 = doc.lower[t];
        long wm1 = t - 1 >= first ? doc.lower[t - 1] : 1;
        long wp1 = t + 1 < end ? doc.lower[t + 1] : 3;
        int n = from;
        out[n++] = TokenHash.key(3, wm1, 0);
        out[n++] = TokenHash.key(4, wp1, 0);
        out[n++] = TokenHash.key(7, wm1, w0);
        out[n++] = TokenHash.key(8, w0, wp1);
        out[n++] = TokenHash.key(11, bucket(doc.count(t)), form.length() > 3 ? 1 : 0);
        out[n++] = TokenHash.key(13, (t - first) * 5L / Math.max(1, end - first), 0);
        out[n++] = TokenHash.key(14, doc.quoted[t] ? 1 : 0, shape(form));
        // The strongest feeling of the words up to two either side.
        int valence = doc.valence[t];
        int near = 0;
        for (int u = Math.max(first, t - 2); u < Math.min(end, t + 3); u++) {
            if (u != t) {
                near = Math.max(near, Math.abs(doc.valence[u]));
            }
        }
        out[n++] = TokenHash.key(18, near, valence != 0 ? 1 : 0);
        return n - from;
    }

    /**
     * Writes the keys of token {@code t}'s vector features into {@code out} from {@code from} on: for each
     * pair of leading coordinates, their quartiles among the vocabulary's, or one key for a word too rare to
     * have a vector; returns how many. What the tagger learns of a loaded word thus reaches the words used
     * near the same words, a few directions at a time, where a cluster gives it all or nothing.
     */
    static int vectorFeatures(FramedText doc, int t, long[] out, int from) {
        byte[] ranks = doc.vector(t);
        if (ranks == null) {
            out[from] = TokenHash.key(20, -1, 0);
            return 1;
        }
        for (int pair = 0; pair < VECTOR_FEATURES; pair++) {
            out[from + pair] = TokenHash.key(20, pair, quartile(ranks[2 * pair]) * 4 + quartile(ranks[2 * pair + 1]));
        }
        return VECTOR_FEATURES;
    }

    /** The quartile, 0 to 3, of a coordinate given as its rank byte. */
    static int quartile(byte rank) {
        return (rank & 0xff) >> 6;
    }

    static String suffix(String form) {
        return form.length() > 3 ? form.substring(form.length() - 3) : form;
    }

    /** Capitalised, all capitals, lowercase, digits, or punctuation. */
    static long shape(String form) {
        char c = form.charAt(0);
        if (Character.isDigit(c)) {
            return 1;
        }
        if (!Character.isLetter(c)) {
            return 2;
        }
        if (Character.isUpperCase(c)) {
            for (int i = 1; i < form.length(); i++) {
                if (Character.isLowerCase(form.charAt(i))) {
                    return 4;
                }
            }
            return form.length() > 1 ? 3 : 4;
        }
        return 5;
    }

    /** 0, 1, 2, 3-4, 5-8, 9-16, more: counts on a log scale. */
    static long bucket(int count) {
        return count <= 2 ? count : 32 - Integer.numberOfLeadingZeros(count - 1) + 1;
    }
}
