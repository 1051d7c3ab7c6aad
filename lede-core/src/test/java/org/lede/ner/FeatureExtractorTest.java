package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger keeps, per word, the summed weights of the keys that depend on the word alone (its own, and
 * those it gives its neighbours) and then asks the extractor for a known word's context keys alone: these
 * tests hold the extractor to what that needs.
 */
class FeatureExtractorTest {
    private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(Gazetteer.load(), WordClusters.load());

    private static FeatureExtractor.SentenceKeys extract(List<String> words, boolean[] known) {
        FeatureExtractor.SentenceKeys keys = new FeatureExtractor.SentenceKeys();
        EXTRACTOR.extractSentence(words, FeatureExtractor.DocumentCues.of(List.of(words)), known, keys);
        return keys;
    }

    private static long[] own(FeatureExtractor.SentenceKeys keys, int token) {
        return Arrays.copyOfRange(keys.keys, keys.start(token), keys.wordEnd(token));
    }

    private static long[] asNeighbour(FeatureExtractor.SentenceKeys keys, int token, int group) {
        return Arrays.copyOfRange(keys.keys, keys.neighbourStart(token, group), keys.neighbourEnd(token, group));
    }

    private static long[] context(FeatureExtractor.SentenceKeys keys, int token) {
        return Arrays.copyOfRange(keys.keys, keys.neighbourEnd(token, FeatureExtractor.NEIGHBOUR_GROUPS - 1),
                keys.end(token));
    }

    @Test
    void whatAWordAloneDecidesIsTheSameWhereverItStands() {
        List<String> first = List.of("Police", "in", "Baghdad", "arrested", "the", "gunmen", ".");
        List<String> second = List.of("The", "gunmen", "fled", "Baghdad", "on", "Monday", ".");
        FeatureExtractor.SentenceKeys a = extract(first, null);
        FeatureExtractor.SentenceKeys b = extract(second, null);
        assertThat(own(a, 2)).isNotEmpty().isEqualTo(own(b, 3)); // Baghdad
        assertThat(own(a, 5)).isNotEmpty().isEqualTo(own(b, 1)); // gunmen
        for (int g = 0; g < FeatureExtractor.NEIGHBOUR_GROUPS; g++) {
            assertThat(asNeighbour(a, 2, g)).isNotEmpty().isEqualTo(asNeighbour(b, 3, g));
            assertThat(asNeighbour(a, 5, g)).isNotEmpty().isEqualTo(asNeighbour(b, 1, g));
        }
        assertThat(context(a, 2)).isNotEqualTo(context(b, 3));
    }

    @Test
    void knownWordsGetTheirContextKeysAloneAndTheSameOnes() {
        List<String> words = List.of("Iraqi", "police", "said", "gunmen", "attacked", "a", "checkpoint", "in",
                "Baghdad", ".");
        int n = words.size();
        FeatureExtractor.SentenceKeys fresh = extract(words, new boolean[n]);
        boolean[] allKnown = new boolean[n];
        Arrays.fill(allKnown, true);
        FeatureExtractor.SentenceKeys known = extract(words, allKnown);
        for (int i = 0; i < n; i++) {
            assertThat(own(known, i)).isEmpty();
            for (int g = 0; g < FeatureExtractor.NEIGHBOUR_GROUPS; g++) {
                assertThat(asNeighbour(known, i, g)).isEmpty();
            }
            assertThat(context(known, i)).as(words.get(i)).isNotEmpty().isEqualTo(context(fresh, i));
        }
    }

    @Test
    void aTokensFullKeysTakeItsNeighboursGroupsOrTheSentenceEdges() {
        List<String> words = List.of("Police", "raided", "camps");
        FeatureExtractor.SentenceKeys keys = extract(words, null);
        long[] before = new long[FeatureExtractor.MAX_NEIGHBOUR_KEYS];
        long[] after = new long[FeatureExtractor.MAX_NEIGHBOUR_KEYS];
        long[] expected = concat(own(keys, 1),
                Arrays.copyOf(before, FeatureExtractor.edgeKeys(0, before, 0)), // two before: the edge
                asNeighbour(keys, 0, 1),                                          // one before: "Police"
                asNeighbour(keys, 2, 2),                                          // one after: "camps"
                Arrays.copyOf(after, FeatureExtractor.edgeKeys(3, after, 0)),   // two after: the edge
                context(keys, 1));
        assertThat(keys.flat(1, words.size())).containsExactly(expected);
    }

    private static long[] concat(long[]... parts) {
        return Arrays.stream(parts).flatMapToLong(Arrays::stream).toArray();
    }
}
