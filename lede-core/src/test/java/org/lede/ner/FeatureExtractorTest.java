package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger keeps, per word, the summed weights of its word-only keys and its cluster leaf, and then asks
 * the extractor for a known word's other keys alone: these tests hold the extractor to what that needs.
 */
class FeatureExtractorTest {
    private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(Gazetteer.load(), WordClusters.load());

    private static FeatureExtractor.SentenceKeys extract(List<String> words, boolean[] known, int[] leaves) {
        FeatureExtractor.SentenceKeys keys = new FeatureExtractor.SentenceKeys();
        EXTRACTOR.extractSentence(words, FeatureExtractor.DocumentCues.of(List.of(words)), known, leaves, keys);
        return keys;
    }

    private static long[] wordOnly(FeatureExtractor.SentenceKeys keys, int token) {
        return Arrays.copyOfRange(keys.keys, keys.start(token), keys.wordEnd(token));
    }

    private static long[] context(FeatureExtractor.SentenceKeys keys, int token) {
        return Arrays.copyOfRange(keys.keys, keys.wordEnd(token), keys.end(token));
    }

    @Test
    void aWordsWordOnlyKeysAreTheSameWhereverItStands() {
        List<String> first = List.of("Police", "in", "Baghdad", "arrested", "the", "gunmen", ".");
        List<String> second = List.of("The", "gunmen", "fled", "Baghdad", "on", "Monday", ".");
        FeatureExtractor.SentenceKeys a = extract(first, null, null);
        FeatureExtractor.SentenceKeys b = extract(second, null, null);
        assertThat(wordOnly(a, 2)).isNotEmpty().isEqualTo(wordOnly(b, 3)); // Baghdad
        assertThat(wordOnly(a, 5)).isNotEmpty().isEqualTo(wordOnly(b, 1)); // gunmen
        assertThat(context(a, 2)).isNotEqualTo(context(b, 3));
    }

    @Test
    void knownWordsGetTheirContextKeysAloneFromTheLeavesKeptForThem() {
        List<String> words = List.of("Iraqi", "police", "said", "gunmen", "attacked", "a", "checkpoint", "in",
                "Baghdad", ".");
        int n = words.size();
        int[] leaves = new int[n];
        FeatureExtractor.SentenceKeys fresh = extract(words, new boolean[n], leaves);
        for (int i = 0; i < n; i++) {
            assertThat(leaves[i]).as(words.get(i)).isEqualTo(WordClusters.load().leaf(words.get(i)));
        }
        boolean[] allKnown = new boolean[n];
        Arrays.fill(allKnown, true);
        FeatureExtractor.SentenceKeys known = extract(words, allKnown, leaves);
        for (int i = 0; i < n; i++) {
            assertThat(wordOnly(known, i)).isEmpty();
            assertThat(context(known, i)).as(words.get(i)).isEqualTo(context(fresh, i));
        }
    }
}
