package org.lede.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the tokens of a document into feature keys, one array per token: the word and its lowercase
 * form, its shape ("Xxxx", "dd-dd"), prefixes and suffixes up to four letters, the words and shapes two
 * either side, word and shape pairs, sentence-start and all-capitals headline cues, gazetteer phrases the
 * token is part of, the word's clusters ({@link WordClusters}) at every level and its neighbours' at the
 * middle level, and two document-level cues (is this capitalised word also written in lowercase
 * elsewhere in the document; is this sentence-initial word capitalised elsewhere mid-sentence).
 *
 * <p>Keys are 64-bit hashes computed from chars in place, so extraction allocates no strings and uses no
 * regular expressions. Stateless after construction, hence thread-safe.
 */
final class FeatureExtractor {
    /** Longest prefix and suffix used. */
    private static final int AFFIX = 4;
    /** Shapes stop growing after this many chars, so long words of one pattern share a shape. */
    private static final int SHAPE_CHARS = 8;
    private static final long BEFORE = TokenHash.exact("<s>");
    private static final long AFTER = TokenHash.exact("</s>");

    // Template numbers: part of every key, so two templates never share a key for the same value.
    private static final int BIAS = 0;
    private static final int WORD = 1;
    private static final int LOWER = 2;
    private static final int SHAPE = 3;
    private static final int SHORT_SHAPE = 4;
    private static final int PREFIX = 5;
    private static final int SUFFIX = 6;
    private static final int LOWER_AT = 7;
    private static final int SHAPE_AT = 8;
    private static final int SHAPE_PAIR_LEFT = 9;
    private static final int SHAPE_PAIR_RIGHT = 10;
    private static final int WORD_PAIR_LEFT = 11;
    private static final int WORD_PAIR_RIGHT = 12;
    private static final int SENTENCE_START = 13;
    private static final int HEADLINE = 14;
    private static final int GAZETTEER = 15;
    private static final int GAZETTEER_AT = 16;
    private static final int SEEN_LOWERCASE = 17;
    private static final int SEEN_CAPITALISED = 18;
    private static final int SHAPE_WORD_LEFT = 19;
    private static final int SHAPE_WORD_RIGHT = 20;
    private static final int HISTORY_LABEL = 21;
    private static final int HISTORY_MAJORITY = 22;
    private static final int CLUSTER = 23;
    private static final int CLUSTER_AT = 24;
    /** The level of the neighbours' clusters: the middle one, fine enough to tell "said" from "in". */
    private static final int NEIGHBOUR_CLUSTER_LEVEL = 1;

    /**
     * The neighbours whose word and short shape a token's keys name, by offset (and, at -1 and +1, their
     * cluster): each is a function of the neighbour's word alone, so {@link NerTagger} keeps, per word, the
     * summed weights it gives the token at each of these offsets from it ({@link #neighbourKeys}).
     */
    static final int[] NEIGHBOUR_OFFSETS = {-2, -1, 1, 2};
    static final int NEIGHBOUR_GROUPS = NEIGHBOUR_OFFSETS.length;
    /** The most keys one neighbour group holds (word, short shape, cluster). */
    static final int MAX_NEIGHBOUR_KEYS = 3;

    private static final int MAX_FEATURES = 96;
    /** values() copies its array on every call, and this runs for every token. */
    private static final GazetteerCategory[] CATEGORIES = GazetteerCategory.values();

    private final Gazetteer gazetteer;
    private final WordClusters clusters;

    FeatureExtractor(Gazetteer gazetteer, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /** Feature keys for every token of a document: result[sentence][token][feature]. */
    List<long[][]> extract(List<? extends List<String>> document) {
        DocumentCues cues = DocumentCues.of(document);
        SentenceKeys keys = new SentenceKeys();
        List<long[][]> result = new ArrayList<>(document.size());
        for (List<String> sentence : document) {
            extractSentence(sentence, cues, null, keys);
            long[][] features = new long[sentence.size()][];
            for (int i = 0; i < features.length; i++) {
                features[i] = keys.flat(i, features.length);
            }
            result.add(features);
        }
        return result;
    }

    /**
     * The feature keys of one sentence as the tagger reads them: token i's are {@code keys[start(i), end(i))}.
     * One instance is refilled sentence after sentence, so tagging allocates no per-token arrays.
     *
     * <p>What depends on nothing but the word as written comes first, so that {@link NerTagger} can add it
     * up once per word: the word's own keys (bias, word, lower case, shapes, affixes, clusters), {@code
     * keys[start(i), wordEnd(i))}; then, for each offset {@code NEIGHBOUR_OFFSETS[g]}, the keys the word gives
     * the token that far from it, {@code keys[neighbourStart(i, g), neighbourEnd(i, g))}. The token's own
     * keys that depend on its context (word pairs, gazetteer, sentence start, headline, capitalisation seen
     * elsewhere) follow, {@code keys[neighbourEnd(i, NEIGHBOUR_GROUPS - 1), end(i))}. The keys a token gets
     * from its neighbours are thus in the neighbours' groups: {@link #flat} puts them together.
     */
    static final class SentenceKeys {
        long[] keys = new long[64 * MAX_FEATURES];
        /** ends[i]: where token i's keys end. */
        int[] ends = new int[64];
        /** wordEnds[i]: where token i's word-only keys end. */
        int[] wordEnds = new int[64];
        /** neighbourEnds[i * NEIGHBOUR_GROUPS + g]: where token i's word's neighbour group g ends. */
        int[] neighbourEnds = new int[64 * NEIGHBOUR_GROUPS];

        int start(int token) {
            return token == 0 ? 0 : ends[token - 1];
        }

        int end(int token) {
            return ends[token];
        }

        int wordEnd(int token) {
            return wordEnds[token];
        }

        int neighbourStart(int token, int group) {
            return group == 0 ? wordEnds[token] : neighbourEnds[token * NEIGHBOUR_GROUPS + group - 1];
        }

        int neighbourEnd(int token, int group) {
            return neighbourEnds[token * NEIGHBOUR_GROUPS + group];
        }

        /** Token i's full set of keys, its neighbours' groups (or the sentence edge's) in with its own. */
        long[] flat(int token, int tokens) {
            long[] out = new long[MAX_FEATURES];
            int n = 0;
            for (int f = start(token); f < wordEnd(token); f++) {
                out[n++] = keys[f];
            }
            for (int g = 0; g < NEIGHBOUR_GROUPS; g++) {
                int neighbour = token + NEIGHBOUR_OFFSETS[g];
                if (neighbour < 0 || neighbour >= tokens) {
                    n += edgeKeys(g, out, n);
                } else {
                    for (int f = neighbourStart(neighbour, g); f < neighbourEnd(neighbour, g); f++) {
                        out[n++] = keys[f];
                    }
                }
            }
            for (int f = neighbourEnd(token, NEIGHBOUR_GROUPS - 1); f < end(token); f++) {
                out[n++] = keys[f];
            }
            return Arrays.copyOf(out, n);
        }

        /** Room for the keys of {@code tokens} tokens, discarding the previous sentence's. */
        private void reset(int tokens) {
            if (ends.length < tokens) {
                ends = new int[tokens];
                wordEnds = new int[tokens];
                neighbourEnds = new int[tokens * NEIGHBOUR_GROUPS];
                keys = new long[tokens * MAX_FEATURES];
            }
        }
    }

    /**
     * The second pass's features: each token's first-pass features plus its {@link History} keys, so that
     * "Rama" alone can borrow the PER of "Edi Rama" two sentences earlier.
     */
    List<long[][]> withHistory(List<? extends List<String>> document, List<long[][]> base, List<int[]> firstPass) {
        History history = new History(document, firstPass);
        List<long[][]> result = new ArrayList<>(base.size());
        long[] buffer = new long[History.MAX_KEYS];
        for (int s = 0; s < document.size(); s++) {
            List<String> words = document.get(s);
            long[][] features = new long[words.size()][];
            for (int i = 0; i < words.size(); i++) {
                int k = history.keys(words.get(i), firstPass.get(s)[i], buffer);
                long[] own = base.get(s)[i];
                features[i] = Arrays.copyOf(own, own.length + k);
                System.arraycopy(buffer, 0, features[i], own.length, k);
            }
            result.add(features);
        }
        return result;
    }

    /**
     * What the first pass labelled each capitalised word of a document, counted over all its occurrences:
     * the second pass reads, for each occurrence, every label the same word got elsewhere and the type it
     * got most. Built once per document, then only read.
     */
    static final class History {
        /** At most one key per label and the majority type. */
        static final int MAX_KEYS = BioLabels.count() + 1;

        private final LongIntMap slots = new LongIntMap(256);
        private final List<int[]> counts = new ArrayList<>();
        private final int[] elsewhere = new int[BioLabels.count()];
        private final int[] byType = new int[BioLabels.TYPES.size() + 1];

        /** Not thread-safe (it reuses its scratch arrays): one per document being tagged. */
        History(List<? extends List<String>> document, List<int[]> firstPass) {
            for (int s = 0; s < document.size(); s++) {
                List<String> words = document.get(s);
                for (int i = 0; i < words.size(); i++) {
                    if (startsUppercase(words.get(i))) {
                        long word = TokenHash.lower(words.get(i));
                        int slot = slots.get(word, -1);
                        if (slot < 0) {
                            slot = counts.size();
                            slots.put(word, slot);
                            counts.add(new int[BioLabels.count()]);
                        }
                        counts.get(slot)[firstPass.get(s)[i]]++;
                    }
                }
            }
        }

        /**
         * Writes the history keys of one occurrence of {@code word}, which the first pass labelled
         * {@code label}, into {@code buffer} and returns how many there are (none for a lowercase word).
         */
        int keys(String word, int label, long[] buffer) {
            if (!startsUppercase(word)) {
                return 0;
            }
            int labelCount = elsewhere.length;
            System.arraycopy(counts.get(slots.get(TokenHash.lower(word), -1)), 0, elsewhere, 0, labelCount);
            elsewhere[label]--;
            Arrays.fill(byType, 0);
            int k = 0;
            for (int other = 0; other < labelCount; other++) {
                if (elsewhere[other] > 0) {
                    buffer[k++] = TokenHash.key(HISTORY_LABEL, other, 0);
                    byType[other == BioLabels.OUTSIDE ? 0 : 1 + BioLabels.typeOf(other)] += elsewhere[other];
                }
            }
            if (k > 0) {
                int majority = 0;
                for (int t = 1; t < byType.length; t++) {
                    if (byType[t] > byType[majority]) {
                        majority = t;
                    }
                }
                buffer[k++] = TokenHash.key(HISTORY_MAJORITY, majority, 0);
            }
            return k;
        }
    }

    /**
     * Fills {@code out} with the feature keys of a sentence's tokens.
     *
     * @param wordKnown null, or for each token whether the keys that depend on its word alone are not wanted
     *        (the caller has their summed weights already): those tokens then get neither their own keys nor
     *        their neighbour groups, only their context keys
     */
    void extractSentence(List<String> words, DocumentCues cues, boolean[] wordKnown, SentenceKeys out) {
        int n = words.size();
        long[] exact = new long[n];
        long[] lower = new long[n];
        long[] shape = new long[n];
        long[] shortShape = new long[n];
        int[] leaf = new int[n];
        long[] prefixes = new long[n * AFFIX];
        long[] suffixes = new long[n * AFFIX];
        boolean headline = true;
        for (int i = 0; i < n; i++) {
            String word = words.get(i);
            if (wordKnown == null || !wordKnown[i]) { // a known word's exact hash, leaf and affixes go unused
                exact[i] = TokenHash.exact(word);
                leaf[i] = clusters.leaf(word, exact[i]);
                affixes(word, prefixes, suffixes, i * AFFIX);
            }
            lower[i] = TokenHash.lower(word);
            shapes(word, i, shape, shortShape);
            headline &= !hasLowercase(word);
        }
        int[] gazetteerBegin = new int[n];
        int[] gazetteerInside = new int[n];
        matchGazetteer(words, lower, gazetteerBegin, gazetteerInside);

        out.reset(n);
        long[] buffer = out.keys;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (wordKnown == null || !wordKnown[i]) {
                buffer[k++] = TokenHash.key(BIAS, 0, 0);
                buffer[k++] = TokenHash.key(WORD, exact[i], 0);
                buffer[k++] = TokenHash.key(LOWER, lower[i], 0);
                buffer[k++] = TokenHash.key(SHAPE, shape[i], 0);
                buffer[k++] = TokenHash.key(SHORT_SHAPE, shortShape[i], 0);
                for (int a = 0; a < AFFIX; a++) {
                    if (prefixes[i * AFFIX + a] != 0) {
                        buffer[k++] = TokenHash.key(PREFIX, a, prefixes[i * AFFIX + a]);
                        buffer[k++] = TokenHash.key(SUFFIX, a, suffixes[i * AFFIX + a]);
                    }
                }
                if (leaf[i] >= 0) {
                    for (int level = 0; level < WordClusters.LEVELS; level++) {
                        buffer[k++] = TokenHash.key(CLUSTER, level, WordClusters.clusterAt(leaf[i], level));
                    }
                }
            }
            out.wordEnds[i] = k;
            for (int g = 0; g < NEIGHBOUR_GROUPS; g++) {
                if (wordKnown == null || !wordKnown[i]) {
                    k += neighbourKeys(g, lower[i], shortShape[i], leaf[i], buffer, k);
                }
                out.neighbourEnds[i * NEIGHBOUR_GROUPS + g] = k;
            }
            buffer[k++] = TokenHash.key(SHAPE_PAIR_LEFT, at(shortShape, i - 1), shortShape[i]);
            buffer[k++] = TokenHash.key(SHAPE_PAIR_RIGHT, shortShape[i], at(shortShape, i + 1));
            buffer[k++] = TokenHash.key(WORD_PAIR_LEFT, at(lower, i - 1), lower[i]);
            buffer[k++] = TokenHash.key(WORD_PAIR_RIGHT, lower[i], at(lower, i + 1));
            buffer[k++] = TokenHash.key(SHAPE_WORD_LEFT, at(lower, i - 1), shortShape[i]);
            buffer[k++] = TokenHash.key(SHAPE_WORD_RIGHT, shortShape[i], at(lower, i + 1));
            if (i == 0) {
                buffer[k++] = TokenHash.key(SENTENCE_START, shortShape[i], 0);
            }
            if (headline) {
                buffer[k++] = TokenHash.key(HEADLINE, shortShape[i], 0);
                buffer[k++] = TokenHash.key(HEADLINE, lower[i], 1);
            }
            k = gazetteerFeatures(buffer, k, gazetteerBegin[i], gazetteerInside[i], GAZETTEER, 0);
            if (i > 0) {
                k = gazetteerFeatures(buffer, k, gazetteerBegin[i - 1], gazetteerInside[i - 1], GAZETTEER_AT, -1);
            }
            if (i + 1 < n) {
                k = gazetteerFeatures(buffer, k, gazetteerBegin[i + 1], gazetteerInside[i + 1], GAZETTEER_AT, 1);
            }
            String word = words.get(i);
            if (startsUppercase(word)) {
                if (cues.lowercase.get(lower[i], 0) != 0) {
                    buffer[k++] = TokenHash.key(SEEN_LOWERCASE, i == 0 ? 1 : 0, headline ? 1 : 0);
                }
                if (i == 0 || headline) {
                    boolean elsewhere = cues.capitalisedMidSentence.get(lower[i], 0) != 0;
                    buffer[k++] = TokenHash.key(SEEN_CAPITALISED, elsewhere ? 1 : 0, headline ? 1 : 0);
                }
            }
            out.ends[i] = k;
        }
    }

    /**
     * Writes into {@code out} from {@code k} on the keys a word (its lower case, short shape and cluster leaf)
     * gives the token {@code NEIGHBOUR_OFFSETS[group]} from it; returns how many.
     */
    private static int neighbourKeys(int group, long lower, long shortShape, int leaf, long[] out, int k) {
        int offset = NEIGHBOUR_OFFSETS[group];
        out[k] = TokenHash.key(LOWER_AT, offset, lower);
        out[k + 1] = TokenHash.key(SHAPE_AT, offset, shortShape);
        if (offset != -1 && offset != 1) {
            return 2;
        }
        int cluster = leaf < 0 ? -1 : WordClusters.clusterAt(leaf, NEIGHBOUR_CLUSTER_LEVEL);
        out[k + 2] = TokenHash.key(CLUSTER_AT, offset, cluster);
        return 3;
    }

    /**
     * Writes into {@code out} from {@code k} on the keys a token gets where the sentence ends before its
     * neighbour at {@code NEIGHBOUR_OFFSETS[group]}; returns how many.
     */
    static int edgeKeys(int group, long[] out, int k) {
        long edge = NEIGHBOUR_OFFSETS[group] < 0 ? BEFORE : AFTER;
        return neighbourKeys(group, edge, edge, -1, out, k);
    }

    private static int gazetteerFeatures(long[] buffer, int k, int begin, int inside, int template, int offset) {
        for (GazetteerCategory category : CATEGORIES) {
            if (category.in(begin)) {
                buffer[k++] = TokenHash.key(template, offset, category.ordinal() * 2);
            }
            if (category.in(inside)) {
                buffer[k++] = TokenHash.key(template, offset, category.ordinal() * 2 + 1);
            }
        }
        return k;
    }

    /** Marks every gazetteer phrase that starts with a capital letter: its first token and the rest. */
    private void matchGazetteer(List<String> words, long[] lower, int[] begin, int[] inside) {
        int n = words.size();
        int longest = gazetteer.maxTokens();
        for (int i = 0; i < n; i++) {
            if (!startsUppercase(words.get(i))) {
                continue;
            }
            long hash = TokenHash.SEED;
            for (int j = i; j < n && j - i < longest; j++) {
                hash = TokenHash.extend(hash, lower[j]);
                int found = gazetteer.lookup(hash);
                int categories = found & ~Gazetteer.CONTINUES;
                if (categories != 0) {
                    begin[i] |= categories;
                    for (int m = i + 1; m <= j; m++) {
                        inside[m] |= categories;
                    }
                }
                if ((found & Gazetteer.CONTINUES) == 0) {
                    break; // no phrase of the gazetteer is longer and starts so
                }
            }
        }
    }

    private static long at(long[] values, int i) {
        return i < 0 ? BEFORE : i >= values.length ? AFTER : values[i];
    }

    /** The shape ("Xxxx-dd") and short shape, repeats collapsed ("Xx-d"), of a word, as hashes. */
    private static void shapes(String word, int i, long[] shape, long[] shortShape) {
        long full = TokenHash.SEED;
        long collapsed = TokenHash.SEED;
        char previous = 0;
        for (int c = 0; c < word.length(); c++) {
            char kind = kind(word.charAt(c));
            if (c < SHAPE_CHARS) {
                full = TokenHash.add(full, kind);
            }
            if (kind != previous) {
                collapsed = TokenHash.add(collapsed, kind);
                previous = kind;
            }
        }
        shape[i] = full;
        shortShape[i] = collapsed;
    }

    private static char kind(char ch) {
        if (Character.isUpperCase(ch)) {
            return 'X';
        }
        if (Character.isLowerCase(ch) || Character.isLetter(ch)) {
            return 'x';
        }
        if (Character.isDigit(ch)) {
            return 'd';
        }
        return ch;
    }

    /**
     * Hashes of the lowercase prefixes and suffixes of 1 to 4 chars, written from {@code at}; zero where
     * the word is too short.
     */
    private static void affixes(String word, long[] prefixes, long[] suffixes, int at) {
        int length = word.length();
        long prefix = TokenHash.SEED;
        for (int a = 0; a < AFFIX && a < length; a++) {
            prefix = TokenHash.add(prefix, Character.toLowerCase(word.charAt(a)));
            prefixes[at + a] = prefix;
            long suffix = TokenHash.SEED;
            for (int c = length - a - 1; c < length; c++) {
                suffix = TokenHash.add(suffix, Character.toLowerCase(word.charAt(c)));
            }
            suffixes[at + a] = suffix;
        }
    }

    static boolean startsUppercase(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean hasLowercase(String word) {
        for (int c = 0; c < word.length(); c++) {
            if (Character.isLowerCase(word.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /** Which words a document writes in lowercase, and which it capitalises in mid-sentence. */
    record DocumentCues(LongIntMap lowercase, LongIntMap capitalisedMidSentence) {
        static DocumentCues of(List<? extends List<String>> document) {
            LongIntMap lowercase = new LongIntMap(256);
            LongIntMap capitalised = new LongIntMap(256);
            for (List<String> sentence : document) {
                for (int i = 0; i < sentence.size(); i++) {
                    String word = sentence.get(i);
                    if (word.isEmpty()) {
                        continue;
                    }
                    if (Character.isLowerCase(word.charAt(0))) {
                        lowercase.put(TokenHash.lower(word), 1);
                    } else if (i > 0 && Character.isUpperCase(word.charAt(0)) && hasLowercase(word)) {
                        capitalised.put(TokenHash.lower(word), 1);
                    }
                }
            }
            return new DocumentCues(lowercase, capitalised);
        }
    }
}
