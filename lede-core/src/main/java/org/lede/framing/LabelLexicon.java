package org.lede.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.model.EntityLabel.Polarity;

/**
 * Words that label actors, each with what it does to the standing of whom it names: delegitimising
 * ("terrorist", "thugs"), legitimising ("heroes", "dissidents") or neutral (loaded, but not for or against).
 * Built by {@code lede train labels} ({@link LabelLexiconBuilder}) from seed words and the Propaganda
 * Techniques Corpus; the file is {@code org/lede/framing/label-lexicon.tsv}.
 */
public final class LabelLexicon {
    static final String RESOURCE = "/org/lede/framing/label-lexicon.tsv";
    static final String SEEDS = "/org/lede/framing/label-seeds.tsv";

    private final Map<String, Polarity> words;

    LabelLexicon(Map<String, Polarity> words) {
        this.words = Map.copyOf(words);
    }

    /** The lexicon shipped in the jar. */
    public static LabelLexicon load() {
        return new LabelLexicon(read(RESOURCE));
    }

    /** The polarity of a word (any case), or null when it is no label word. */
    public Polarity polarity(String word) {
        return words.get(word.toLowerCase(Locale.ROOT));
    }

    /** The polarity of a phrase: delegitimising if any word is, else legitimising if any word is, else neutral. */
    public Polarity polarityOf(List<String> phraseWords) {
        boolean legitimising = false;
        for (String word : phraseWords) {
            Polarity p = polarity(word);
            if (p == Polarity.DELEGITIMISING) {
                return p;
            }
            legitimising |= p == Polarity.LEGITIMISING;
        }
        return legitimising ? Polarity.LEGITIMISING : Polarity.NEUTRAL;
    }

    int size() {
        return words.size();
    }

    /** A word list resource: lines of word, tab, polarity (lowercase name); '#' starts a comment. */
    static Map<String, Polarity> read(String resource) {
        try (InputStream in = LabelLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path; rebuild it with 'lede train labels'");
            }
            Map<String, Polarity> words = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                words.put(cols[0], Polarity.valueOf(cols[1].toUpperCase(Locale.ROOT)));
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
