package org.lede.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Place names, nationalities and group names (derived from GeoNames and a countries file by
 * {@link GazetteerBuilder}), looked up by the lowercase token sequence. The tagger reads it as features
 * and {@link EntityTypeRefiner} reads it to tell countries and cities (GPE) from other locations and
 * nationalities (NORP) from other miscellaneous names. Immutable once loaded.
 */
public final class Gazetteer {
    /** Where the shipped gazetteer lives on the classpath. */
    public static final String RESOURCE = "org/lede/ner/gazetteer.tsv.gz";
    /**
     * Set in a {@link #lookup} when a longer phrase begins with the one looked up ("New" of "New York"): a
     * search that extends a phrase token by token can stop at the first one without it.
     */
    static final int CONTINUES = 1 << 31;

    private final LongIntMap phrases;
    private final int maxTokens;

    private Gazetteer(LongIntMap phrases, int maxTokens) {
        this.phrases = phrases;
        this.maxTokens = maxTokens;
    }

    /** The gazetteer shipped in the jar. */
    public static Gazetteer load() {
        return ShippedFile.read(RESOURCE, "gazetteer", Gazetteer::read);
    }

    /** Reads a gzipped file of {@code CATEGORY<TAB>phrase} lines, tokens of the phrase separated by spaces. */
    public static Gazetteer read(InputStream gzipped) throws IOException {
        BufferedReader reader = ShippedFile.lines(gzipped);
        LongIntMap phrases = new LongIntMap(1 << 16);
        int maxTokens = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            GazetteerCategory category = GazetteerCategory.valueOf(line.substring(0, tab));
            // Hash the phrase token by token in place, as TokenHash.lower would each token.
            long hash = TokenHash.SEED;
            long token = TokenHash.SEED;
            int tokens = 1;
            for (int i = tab + 1; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == ' ') {
                    hash = TokenHash.extend(hash, token);
                    phrases.put(hash, phrases.get(hash, 0) | CONTINUES);
                    token = TokenHash.SEED;
                    tokens++;
                } else {
                    token = TokenHash.add(token, Character.toLowerCase(ch));
                }
            }
            hash = TokenHash.extend(hash, token);
            phrases.put(hash, phrases.get(hash, 0) | category.bit());
            maxTokens = Math.max(maxTokens, tokens);
        }
        return new Gazetteer(phrases, maxTokens);
    }

    /** The most tokens any phrase has. */
    public int maxTokens() {
        return maxTokens;
    }

    /** The categories (bits of {@link GazetteerCategory}) of a phrase hash built with {@link TokenHash#extend}. */
    int categories(long phraseHash) {
        return lookup(phraseHash) & ~CONTINUES;
    }

    /** A phrase hash's categories, and {@link #CONTINUES} if a longer phrase begins with the phrase. */
    int lookup(long phraseHash) {
        return phrases.get(phraseHash, 0);
    }

    /** The categories of the phrase made of {@code tokens[from, to)}, compared case-insensitively. */
    public int categories(List<String> tokens, int from, int to) {
        long hash = TokenHash.SEED;
        for (int i = from; i < to; i++) {
            hash = TokenHash.extend(hash, TokenHash.lower(tokens.get(i)));
        }
        return categories(hash);
    }
}
