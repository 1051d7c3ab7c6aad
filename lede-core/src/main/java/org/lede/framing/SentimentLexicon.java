package org.lede.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.lede.ner.LongIntMap;
import org.lede.ner.TokenHash;

/**
 * How strongly a word is felt, from the VADER sentiment lexicon (7,224 words rated by people from -4,
 * "horrific", to 4): the span tagger learns loaded words from 371 articles, and the ratings carry what it
 * learns to the emotive words those articles never used. Words are found by the lowercase hash the framing
 * view already has for every token, so the lookup costs no string. Immutable.
 */
final class SentimentLexicon {
    static final String RESOURCE = "/org/lede/framing/sentiment-valence.tsv";
    private static final SentimentLexicon SHIPPED = read(RESOURCE);

    /** Rounded valence by {@link TokenHash#lower} of the word. */
    private final LongIntMap valence;

    private SentimentLexicon(LongIntMap valence) {
        this.valence = valence;
    }

    static SentimentLexicon shipped() {
        return SHIPPED;
    }

    /** The word's valence rounded to a whole number from -4 to 4; 0 for a word the lexicon lacks. */
    int valence(long lowerHash) {
        return valence.get(lowerHash, 0);
    }

    /** A resource of lines word, tab, valence; '#' starts a comment. */
    static SentimentLexicon read(String resource) {
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (see models/README.md, frames-en.bin)");
            }
            LongIntMap valence = new LongIntMap(1 << 13);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                int rounded = Math.round(Math.max(-4, Math.min(4, Float.parseFloat(cols[1]))));
                if (rounded != 0) {
                    valence.put(TokenHash.lower(cols[0]), rounded);
                }
            }
            return new SentimentLexicon(valence);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
