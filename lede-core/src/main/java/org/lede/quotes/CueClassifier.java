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

/**
 * Tells by its context whether a word is an attribution cue, for the many words that are a cue in some
 * sentences and not in others ("Trump urges Congress to…", "the poll shows…", "support for the ban"). A linear
 * model over the word, its ending and its neighbours, trained on PolNeAR train by {@code lede train cues}
 * ({@link CueClassifierTrainer}). The cue lexicon decides for the words it lists; this model is asked only
 * about the rest, and what it finds is trusted as a weak cue.
 */
final class CueClassifier {
    static final String RESOURCE = "/org/lede/quotes/cue-classifier.tsv.gz";

    /**
     * Never changed after construction. A HashMap, not Map.copyOf: most features asked about are in no model,
     * and the immutable map's probe compares the asked string with every key on its way (reading each key's
     * characters from memory), while a HashMap compares stored hashes first.
     */
    private final Map<String, Float> weights;

    CueClassifier(Map<String, Float> weights) {
        this.weights = new HashMap<>(weights);
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
        for (String feature : features(v, i)) {
            score += weights.getOrDefault(feature, 0f);
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
