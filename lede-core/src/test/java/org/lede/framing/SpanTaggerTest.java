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

    /** No feature rows; a transition table where entering a stretch costs 3 and leaving it costs 1. */
    private static LinearModel transitionsOnly() {
        int labels = SpanTagger.LABELS;
        float[] transitions = new float[(labels + 1) * labels];
        transitions[(O + 1) * labels + B] = -3;
        transitions[B] = -3; // sentence start → B
        transitions[(B + 1) * labels + O] = -1;
        transitions[(I + 1) * labels + O] = -1;
        return new LinearModel(labels, new long[0], new float[0], transitions);
    }

    @Test
    void theMarginIsWhatTheStretchAddsOverTaggingItO() {
        // emissions O, B, I per token: tokens 1-2 lean to the stretch by 5 and 4, token 3 is O.
        float[] emission = {
            1, 0, 0,
            0, 5, 0,
            0, 0, 4,
            2, 0, 0,
        };
        int[] tags = {O, B, I, O};
        // emissions 5 + 4 over O's 0 + 0, entering costs 3 and leaving 1
        assertThat(SpanTagger.margin(emission, tags, 1, 3, transitionsOnly())).isEqualTo(5f);
    }

    @Test
    void aStretchBelowTheLeastConfidenceIsDropped() {
        SpanTagger.Stretch stretch = new SpanTagger.Stretch(0, 4, 8, 10);
        assertThat(SpanTagger.Confidence.ANY.accepts(stretch)).isTrue();
        assertThat(new SpanTagger.Confidence(10, false).accepts(stretch)).isTrue();
        assertThat(new SpanTagger.Confidence(12, false).accepts(stretch)).isFalse();
        assertThat(new SpanTagger.Confidence(2.5f, true).accepts(stretch)).isTrue();
        assertThat(new SpanTagger.Confidence(3, true).accepts(stretch)).isFalse();
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
        byte[] ranks = doc.vector(tokenOf(doc, "Monday"));
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
        assertThat(tokenFeatures(doc, "Monday")).containsSubsequence(monday);
    }

    @Test
    void aWordsOwnScoresKeptFromAnEarlierArticleGiveTheVeryEmissionsOfScoringItAfresh() {
        FramedText earlier = FramesModel.view("The regime's brutal crackdown shocked the world. Critics were jailed.");
        FramedText later = FramesModel.view("Critics said the brutal regime jailed them. The world watched.");
        LinearModel model = randomWeights(earlier, later);
        java.util.Map<String, float[]> known = new java.util.HashMap<>();
        SpanTagger.emissions(model, earlier, known);
        assertThat(known).containsKeys("brutal", "regime", "Critics", "jailed", ".");

        float[][] fresh = SpanTagger.emissions(model, later);
        float[][] withKnown = SpanTagger.emissions(model, later, known);
        assertThat(withKnown).hasSameDimensionsAs(fresh);
        for (int s = 0; s < fresh.length; s++) {
            assertThat(withKnown[s]).containsExactly(fresh[s]);
        }
        assertThat(known).containsKeys("said", "watched");
    }

    /** A tagger with a seeded random weight for every feature the two texts have. */
    private static LinearModel randomWeights(FramedText... docs) {
        java.util.Set<Long> keys = new java.util.LinkedHashSet<>();
        long[] buffer = new long[SpanTagger.MAX_SENTENCE_FEATURES];
        for (FramedText doc : docs) {
            for (int s = 0; s < doc.sentences.size(); s++) {
                int n = SpanTagger.sentenceFeatures(doc, s, buffer);
                for (int f = 0; f < n; f++) {
                    keys.add(buffer[f]);
                }
                for (int t = doc.sentences.get(s).firstToken(); t < doc.sentences.get(s).endToken(); t++) {
                    n = SpanTagger.features(doc, s, t, buffer);
                    for (int f = 0; f < n; f++) {
                        keys.add(buffer[f]);
                    }
                }
            }
        }
        java.util.Random random = new java.util.Random(7);
        long[] rows = keys.stream().mapToLong(Long::longValue).toArray();
        float[] weights = new float[rows.length * SpanTagger.LABELS];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextGaussian();
        }
        return new LinearModel(SpanTagger.LABELS, rows, weights, new float[0]);
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
