package org.lede.framing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lede.model.Sentence;
import org.lede.model.Token;
import org.lede.ner.TokenHash;
import org.lede.ner.WordClusters;
import org.lede.ner.WordVectors;
import org.lede.text.Tokenizer;

/**
 * One article as the framing models see it: its tokens with their lowercase hashes, word clusters (the
 * shipped {@link WordClusters}, which the span tagger was trained with), vectors and valence (the
 * {@link SentimentLexicon}), which sentence each belongs to, whether it stands inside quotation marks, and
 * how often each word recurs in the article (a phrase said again and again is what the Repetition technique
 * is). Built once per article and read by one thread, as clusters and vectors are looked up when first asked
 * for.
 */
final class FramedText {
    private static final WordClusters CLUSTERS = WordClusters.load();
    private static final WordVectors VECTORS = WordVectors.load().requireDimensions(SpanTagger.VECTOR_DIMENSIONS);
    private static final SentimentLexicon SENTIMENT = SentimentLexicon.shipped();
    /** Letters of a word's prefix; a word this long or shorter has none, as its prefix would be itself. */
    static final int PREFIX = 4;
    static final long NO_PREFIX = 0;
    private static final int UNSET = Integer.MIN_VALUE;
    /** Stands in {@link #prefix} until asked for; a hash that happens to equal it is only made again. */
    private static final long UNSET_PREFIX = Long.MIN_VALUE;
    /** Stands in {@link #vector} for a word looked up and found too rare to have a vector. */
    private static final byte[] NO_VECTOR = new byte[0];

    final String text;
    final String lowerText;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final long[] lower;
    /** Each token's {@link #prefix(int)}, made when first asked for ({@link #UNSET_PREFIX} until then). */
    private final long[] prefix;
    /**
     * Each token's leaf in the word clusters, looked up when first asked for ({@link #UNSET} until then): the
     * span tagger keeps what it derives from them per word, so most tokens of an article never need them.
     */
    private final int[] leaf;
    /** Each token's word vector as coordinate ranks, looked up when first asked for (null until then). */
    private final byte[][] vector;
    /** Each token's valence in the {@link SentimentLexicon}, -4 to 4, 0 for a word it lacks. */
    final byte[] valence;
    final int[] sentenceOf;
    final boolean[] quoted;
    /** How many tokens of the article have token i's lowercase word, by token. */
    private final int[] wordCounts;

    FramedText(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.lowerText = text.toLowerCase(Locale.ROOT);
        this.tokens = tokens;
        this.sentences = sentences;
        int n = tokens.size();
        lower = new long[n];
        prefix = new long[n];
        leaf = new int[n];
        vector = new byte[n][];
        valence = new byte[n];
        sentenceOf = new int[n];
        quoted = new boolean[n];
        for (int i = 0; i < n; i++) {
            lower[i] = TokenHash.lower(tokens.get(i).form());
            valence[i] = (byte) SENTIMENT.valence(lower[i]);
        }
        Arrays.fill(leaf, UNSET);
        Arrays.fill(prefix, UNSET_PREFIX);
        wordCounts = counts(lower);
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            boolean inside = false;
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                sentenceOf[i] = s;
                if (Tokenizer.isQuotationMark(tokens.get(i).form())) {
                    inside = !inside;
                }
                quoted[i] = inside;
            }
        }
    }

    /**
     * How often each token's hash occurs among all, by token: the hashes are sorted once and each token
     * reads the length of its run, cheaper than a hash map filled and probed for every article.
     */
    private static int[] counts(long[] hashes) {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        int[] runLength = new int[sorted.length]; // at every position, the length of the run it is in
        for (int from = 0, to; from < sorted.length; from = to) {
            to = from + 1;
            while (to < sorted.length && sorted[to] == sorted[from]) {
                to++;
            }
            Arrays.fill(runLength, from, to, to - from);
        }
        int[] counts = new int[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            counts[i] = runLength[Arrays.binarySearch(sorted, hashes[i])];
        }
        return counts;
    }

    /**
     * The token's first {@link #PREFIX} letters as a lowercase hash, {@link #NO_PREFIX} for a shorter word.
     * A word longer than that shares its prefix with its other forms and derivations ("terrorist",
     * "terrorism", "terrorised"), so what a model learnt of one reaches the others, which a three-letter
     * suffix cannot do. Made when first asked for: the span tagger asks only of words it has not met.
     */
    long prefix(int token) {
        long found = prefix[token];
        if (found == UNSET_PREFIX) {
            String form = tokens.get(token).form();
            prefix[token] = found = form.length() > PREFIX ? TokenHash.lower(form.substring(0, PREFIX)) : NO_PREFIX;
        }
        return found;
    }

    /** The token's leaf in the word clusters, -1 for a word too rare to have one. */
    int leaf(int token) {
        int found = leaf[token];
        if (found == UNSET) {
            leaf[token] = found = CLUSTERS.leaf(tokens.get(token).form());
        }
        return found;
    }

    /**
     * The token's word vector as coordinate ranks ({@link WordVectors}, a shared row, not to be changed), null
     * for a word too rare to have one.
     */
    byte[] vector(int token) {
        byte[] found = vector[token];
        if (found == null) {
            byte[] ranks = VECTORS.ranks(tokens.get(token).form());
            vector[token] = found = ranks == null ? NO_VECTOR : ranks;
        }
        return found == NO_VECTOR ? null : found;
    }

    /** How many times the token's word occurs in the article. */
    int count(int token) {
        return wordCounts[token];
    }

    /** The index of the first token ending after {@code offset}, or the token count. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Occurrences of a stretch's text (ignoring case) in the article before it, and in all. */
    int[] occurrences(int start, int end) {
        String phrase = lowerText.substring(start, end);
        int before = 0;
        int all = 0;
        for (int at = lowerText.indexOf(phrase); at >= 0; at = lowerText.indexOf(phrase, at + 1)) {
            all++;
            if (at < start) {
                before++;
            }
        }
        return new int[] {before, all};
    }
}
