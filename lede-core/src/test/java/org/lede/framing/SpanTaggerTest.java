package org.lede.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTaggerTest {
    private static final int O = SpanTagger.O;
    private static final int B = SpanTagger.B;
    private static final int I = SpanTagger.I;

    private static List<int[]> runs(int[] tags, int joinGap) {
        List<int[]> out = new ArrayList<>();
        SpanTagger.addRuns(tags, joinGap, out);
        return out;
    }

    @Test
    void spansRunFromEachBeginningThroughItsInsideTags() {
        assertThat(runs(new int[] {O, B, I, O, B, B, I}, 0))
                .containsExactly(new int[] {1, 3}, new int[] {4, 5}, new int[] {5, 7});
    }

    @Test
    void spansAFewTokensApartAreJoined() {
        assertThat(runs(new int[] {B, O, O, B, I, O, O, O, B}, 2))
                .containsExactly(new int[] {0, 5}, new int[] {8, 9});
    }

    @Test
    void aStrayInsideTagStartsASpan() {
        assertThat(runs(new int[] {I, I, O}, 0)).containsExactly(new int[] {0, 2});
    }

    /** A transition table where entering a stretch costs 3 and leaving it costs 1. */
    private static float[] transitions() {
        int labels = SpanTagger.LABELS;
        float[] transitions = new float[(labels + 1) * labels];
        transitions[(O + 1) * labels + B] = -3;
        transitions[B] = -3; // sentence start → B
        transitions[(B + 1) * labels + O] = -1;
        transitions[(I + 1) * labels + O] = -1;
        boolean[] forbidden = SpanTagger.forbiddenTransitions();
        for (int t = 0; t < transitions.length; t++) {
            if (forbidden[t]) {
                transitions[t] = Float.NEGATIVE_INFINITY;
            }
        }
        return transitions;
    }

    /** Every tagging of n tokens, as label indices. */
    private static List<int[]> taggings(int n) {
        List<int[]> all = new ArrayList<>();
        int count = (int) Math.pow(SpanTagger.LABELS, n);
        for (int code = 0; code < count; code++) {
            int[] tags = new int[n];
            for (int i = 0, c = code; i < n; i++, c /= SpanTagger.LABELS) {
                tags[i] = c % SpanTagger.LABELS;
            }
            all.add(tags);
        }
        return all;
    }

    @Test
    void eachTokensProbabilitiesAreThoseOfTheTaggingsThroughIt() {
        // emissions O, B, I per token: tokens 1-2 lean to a stretch, token 3 is O.
        float[] emission = {
            1, 0, 0,
            0, 5, 0,
            0, 0, 4,
            2, 0, 0,
        };
        float[] transitions = transitions();
        LinearModel model = new LinearModel(SpanTagger.LABELS, new long[0], new float[0], transitions);
        int labels = SpanTagger.LABELS;
        // By brute force: each tagging weighs exp(its score); a token's label probability is its taggings' share.
        double[] expected = new double[emission.length];
        double total = 0;
        for (int[] tags : taggings(4)) {
            double score = 0;
            for (int i = 0; i < tags.length; i++) {
                score += emission[i * labels + tags[i]] + transitions[(i == 0 ? 0 : tags[i - 1] + 1) * labels + tags[i]];
            }
            double weight = Math.exp(score);
            total += weight;
            for (int i = 0; i < tags.length; i++) {
                expected[i * labels + tags[i]] += weight;
            }
        }
        double[] marginals = model.marginals(emission, 4);
        for (int i = 0; i < expected.length; i++) {
            assertThat(marginals[i]).isCloseTo(expected[i] / total, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(marginals[labels + B]).isGreaterThan(0.9); // token 1 opens the stretch
        assertThat(marginals[I]).isZero();                    // no sentence opens with I
    }

    @Test
    void tokensReachingTheThresholdAreStretchesJoinedAcrossSmallGaps() {
        FramedText doc = FramesModel.view("One two three four five six seven.");
        int n = doc.sentences.get(0).tokenCount();
        float[][] inside = {new float[n]};
        inside[0][1] = 0.3f;
        inside[0][2] = 0.2f;
        inside[0][4] = 0.5f;
        assertThat(SpanTagger.stretches(doc, inside, 0.25f, 0)).containsExactly(
                new SpanTagger.Stretch(1, 2), new SpanTagger.Stretch(4, 5));
        assertThat(SpanTagger.stretches(doc, inside, 0.2f, 0)).containsExactly(
                new SpanTagger.Stretch(1, 3), new SpanTagger.Stretch(4, 5));
        assertThat(SpanTagger.stretches(doc, inside, 0.25f, 2)).containsExactly(new SpanTagger.Stretch(1, 5));
        assertThat(SpanTagger.stretches(doc, inside, 0.25f, SpanTagger.WHOLE_SENTENCE))
                .containsExactly(new SpanTagger.Stretch(0, n));
        assertThat(SpanTagger.stretches(doc, inside, 0.6f, SpanTagger.WHOLE_SENTENCE)).isEmpty();
    }

    @Test
    void aWordOfStrongFeelingAndItsNeighboursGetValenceFeatures() {
        // "horrific" is rated -3.4 in the sentiment lexicon, "table" is not in it.
        FramedText doc = FramesModel.view("They saw a horrific table near the old door.");
        int horrific = tokenOf(doc, "horrific");
        assertThat(doc.valence[horrific]).isEqualTo((byte) -3);
        assertThat(doc.valence[tokenOf(doc, "table")]).isZero();
        long[] features = new long[SpanTagger.MAX_FEATURES];
        int n = SpanTagger.features(doc, 0, horrific, features);
        assertThat(features).contains(org.lede.ner.TokenHash.key(17, -3, 0));
        n = SpanTagger.features(doc, 0, tokenOf(doc, "near"), features);
        // two words after "horrific": near enough to be coloured by it
        assertThat(java.util.Arrays.copyOf(features, n)).contains(org.lede.ner.TokenHash.key(18, 3, 0));
        n = SpanTagger.features(doc, 0, tokenOf(doc, "door"), features);
        assertThat(java.util.Arrays.copyOf(features, n)).contains(org.lede.ner.TokenHash.key(18, 0, 0));
    }

    @Test
    void formsOfAWordShareAPrefixFeatureWhateverTheirCase() {
        FramedText doc = FramesModel.view("Terrorists struck, and critics condemned terrorism near the team.");
        long terr = org.lede.ner.TokenHash.key(19, org.lede.ner.TokenHash.lower("terr"), 0);
        assertThat(tokenFeatures(doc, "Terrorists")).contains(terr);
        assertThat(tokenFeatures(doc, "terrorism")).contains(terr);
        assertThat(tokenFeatures(doc, "condemned")).doesNotContain(terr);
    }

    @Test
    void aWordNoLongerThanThePrefixHasNoPrefixFeature() {
        // The same sentence but for one letter: the longer word has one feature more, its prefix.
        long[] team = tokenFeatures(FramesModel.view("They met the team today."), "team");
        long[] teams = tokenFeatures(FramesModel.view("They met the teams today."), "teams");
        assertThat(teams).hasSize(team.length + 1)
                .contains(org.lede.ner.TokenHash.key(19, org.lede.ner.TokenHash.lower("team"), 0));
    }

    @Test
    void aWordWithAVectorGetsTheQuartilesOfEachPairOfLeadingCoordinates() {
        FramedText doc = FramesModel.view("On Monday and on Tuesday the zorblaxian minister was outrageous.");
        long[] monday = vectorFeatures(doc, "Monday");
        assertThat(monday).hasSize(SpanTagger.VECTOR_DIMENSIONS / 2);
        byte[] ranks = doc.vector[tokenOf(doc, "Monday")];
        for (int pair = 0; pair < monday.length; pair++) {
            int quartiles = (ranks[2 * pair] & 0xff) / 64 * 4 + (ranks[2 * pair + 1] & 0xff) / 64;
            assertThat(monday[pair]).isEqualTo(org.lede.ner.TokenHash.key(20, pair, quartiles));
        }
        // Days of the week stand among the same words: they share more quartiles than a day and a judgement.
        long[] tuesday = vectorFeatures(doc, "Tuesday");
        long[] outrageous = vectorFeatures(doc, "outrageous");
        assertThat(shared(monday, tuesday)).isGreaterThan(shared(monday, outrageous));
        // A word too rare to have a vector gets one feature that says so.
        assertThat(vectorFeatures(doc, "zorblaxian")).containsExactly(org.lede.ner.TokenHash.key(20, -1, 0));
        assertThat(tokenFeatures(doc, "Monday")).endsWith(monday);
    }

    private static long[] vectorFeatures(FramedText doc, String form) {
        long[] features = new long[SpanTagger.VECTOR_FEATURES];
        return java.util.Arrays.copyOf(features, SpanTagger.vectorFeatures(doc, tokenOf(doc, form), features, 0));
    }

    private static long shared(long[] a, long[] b) {
        return java.util.Arrays.stream(a).filter(key -> java.util.Arrays.stream(b).anyMatch(k -> k == key)).count();
    }

    private static long[] tokenFeatures(FramedText doc, String form) {
        long[] features = new long[SpanTagger.MAX_FEATURES];
        int t = tokenOf(doc, form);
        return java.util.Arrays.copyOf(features, SpanTagger.features(doc, doc.sentenceOf[t], t, features));
    }

    private static int tokenOf(FramedText doc, String form) {
        for (int t = 0; t < doc.tokens.size(); t++) {
            if (doc.tokens.get(t).form().equals(form)) {
                return t;
            }
        }
        throw new AssertionError(form);
    }
}
