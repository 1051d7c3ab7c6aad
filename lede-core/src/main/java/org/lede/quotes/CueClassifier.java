package org.lede.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.lede.ner.LongIntMap;

/**
 * Tells by its context whether a word is an attribution cue, for the many words that are a cue in some
 * sentences and not in others ("Trump urges Congress to…", "the poll shows…", "support for the ban"). A linear
 * model over the word, its ending and its neighbours, trained on PolNeAR train by {@code lede train cues}
 * ({@link CueClassifierTrainer}). The cue lexicon decides for the words it lists; this model is asked only
 * about the rest, and what it finds is trusted as a weak cue.
 */
final class CueClassifier {
    static final String RESOURCE = "/org/lede/quotes/cue-classifier.tsv.gz";
    /** An odd multiplier: the key of a string is its characters as digits of this base, modulo 2^64. */
    private static final long BASE = 0x9E3779B97F4A7C15L;
    /** The keys of the feature names' fixed beginnings. */
    private static final long BIAS = key("bias");
    private static final long W = key("w=");
    private static final long S3 = key("s3=");
    private static final long P1 = key("p1=");
    private static final long N1 = key("n1=");
    private static final long N2 = key("n2=");
    private static final long P1W = key("p1w=");
    private static final long WN1 = key("wn1=");
    private static final long N1N2 = key("n1n2=");
    private static final long SHAPE = key("shape=");

    /**
     * Each feature's weight (as float bits) under the {@link #key} of its name. The model is asked about most
     * words of every article; building ten feature strings per word and hashing them was most of its time, so
     * {@link #isCue} computes the same keys from the words without building the strings. Never changed after
     * construction.
     */
    private final LongIntMap weights;

    CueClassifier(Map<String, Float> weights) {
        this.weights = new LongIntMap(weights.size());
        weights.forEach((feature, weight) -> this.weights.put(key(feature), Float.floatToRawIntBits(weight)));
    }

    /** The classifier shipped in the jar. */
    static CueClassifier load() {
        InputStream in = CueClassifier.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(in, RESOURCE);
    }

    /** A classifier from a gzipped model file as {@link CueClassifierTrainer} writes it; closes the stream. */
    static CueClassifier read(InputStream model, String name) {
        Map<String, Float> weights = new HashMap<>();
        try (InputStream in = model) {
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.lastIndexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    weights.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new CueClassifier(weights);
    }

    /** Whether the word at {@code i}, a {@link #candidate}, reads as a cue where it stands. */
    boolean isCue(TokenView v, int i) {
        double score = 0;
        for (long key : featureKeys(v, i)) {
            score += Float.intBitsToFloat(weights.get(key, 0));
        }
        return score > 0;
    }

    /**
     * Words the model is asked about: lower-case words outside quotation marks, which are no function word
     * of the ones that only sit inside longer cues ("has said", "according to").
     */
    static boolean candidate(TokenView v, int i) {
        String form = v.tokens.get(i).form();
        return v.insideQuote[i] < 0 && form.length() > 2 && Character.isLowerCase(form.charAt(0))
                && form.chars().allMatch(Character::isLetter) && !CueLexiconBuilder.isFunctionWord(v.lower[i]);
    }

    /** The word, its ending, and the words and shapes around it. */
    static List<String> features(TokenView v, int i) {
        String w = v.lower[i];
        String p1 = word(v, i - 1);
        String n1 = word(v, i + 1);
        String n2 = word(v, i + 2);
        List<String> f = new ArrayList<>(12);
        f.add("bias");
        f.add("w=" + w);
        f.add("s3=" + w.substring(Math.max(0, w.length() - 3)));
        f.add("p1=" + p1);
        f.add("n1=" + n1);
        f.add("n2=" + n2);
        f.add("p1w=" + p1 + '|' + w);
        f.add("wn1=" + w + '|' + n1);
        f.add("n1n2=" + n1 + '|' + n2);
        f.add("shape=" + shape(v, i - 1) + shape(v, i + 1) + shape(v, i + 2));
        return f;
    }

    /**
     * The {@link #key}s of {@link #features}, in the same order, computed from the words: a key is a
     * polynomial hash over the feature's characters, so the key of a name built by concatenation is the
     * prefix's key continued over the characters appended.
     */
    static long[] featureKeys(TokenView v, int i) {
        String w = v.lower[i];
        String p1 = word(v, i - 1);
        String n1 = word(v, i + 1);
        String n2 = word(v, i + 2);
        return new long[] {
            BIAS,
            extend(W, w),
            extend(S3, w, Math.max(0, w.length() - 3)),
            extend(P1, p1),
            extend(N1, n1),
            extend(N2, n2),
            extend(extend(extend(P1W, p1), '|'), w),
            extend(extend(extend(WN1, w), '|'), n1),
            extend(extend(extend(N1N2, n1), '|'), n2),
            extend(extend(extend(SHAPE, shape(v, i - 1)), shape(v, i + 1)), shape(v, i + 2)),
        };
    }

    /** The key a feature's name is looked up by. */
    static long key(String feature) {
        return extend(0, feature);
    }

    private static long extend(long key, String appended) {
        return extend(key, appended, 0);
    }

    private static long extend(long key, String appended, int from) {
        for (int k = from; k < appended.length(); k++) {
            key = extend(key, appended.charAt(k));
        }
        return key;
    }

    private static long extend(long key, char appended) {
        return key * BASE + appended;
    }

    private static String word(TokenView v, int i) {
        if (i < 0 || i >= v.tokens.size()) {
            return "<edge>";
        }
        if (v.openingMarkOf[i] >= 0) {
            return "<quote>";
        }
        return v.lower[i];
    }

    /** A capitalised word, another word, punctuation or a quotation mark, as one letter. */
    private static char shape(TokenView v, int i) {
        if (i < 0 || i >= v.tokens.size()) {
            return '_';
        }
        if (v.openingMarkOf[i] >= 0 || v.closingMarkOf[i] >= 0) {
            return 'q';
        }
        char c = v.tokens.get(i).form().charAt(0);
        return Character.isUpperCase(c) ? 'C' : Character.isLetterOrDigit(c) ? 'w' : 'p';
    }
}
