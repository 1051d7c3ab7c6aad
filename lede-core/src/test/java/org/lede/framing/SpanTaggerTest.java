package org.lede.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.model.Token;

class SpanTaggerTest {
    private static final int O = SpanTagger.O;
    private static final int B = SpanTagger.B;
    private static final int I = SpanTagger.I;

    /** Tokens of one letter each, one space apart: token k spans [2k, 2k + 1). */
    private static List<Token> tokens(int n) {
        List<Token> tokens = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            tokens.add(new Token(2 * k, 2 * k + 1, "w"));
        }
        return tokens;
    }

    private static List<int[]> spans(int[] tags, int joinGap) {
        List<int[]> out = new ArrayList<>();
        SpanTagger.addSpans(tokens(tags.length), 0, tags, joinGap, out);
        return out;
    }

    @Test
    void spansRunFromEachBeginningThroughItsInsideTags() {
        assertThat(spans(new int[] {O, B, I, O, B, B, I}, 0))
                .containsExactly(new int[] {2, 5}, new int[] {8, 9}, new int[] {10, 13});
    }

    @Test
    void spansAFewTokensApartAreJoined() {
        assertThat(spans(new int[] {B, O, O, B, I, O, O, O, B}, 2))
                .containsExactly(new int[] {0, 9}, new int[] {16, 17});
    }

    @Test
    void aStrayInsideTagStartsASpan() {
        assertThat(spans(new int[] {I, I, O}, 0)).containsExactly(new int[] {0, 3});
    }
}
