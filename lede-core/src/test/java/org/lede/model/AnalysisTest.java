package org.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisTest {
    // Four sentences of ten characters each: [0,10) [10,20) [20,30) [30,40).
    private static final String TEXT = "One said. Two said. Tri said. For said.";
    private static final List<Sentence> SENTENCES = List.of(new Sentence(0, 10, 0, 3), new Sentence(10, 20, 3, 6),
            new Sentence(20, 30, 6, 9), new Sentence(30, 40, 9, 12));

    private static Quote quote(String id, int start, int end) {
        return new Quote(id, start, end, TEXT.substring(start, Math.min(end, TEXT.length())), false, null, null,
                null, null, List.of(), List.of());
    }

    private static Analysis with(List<Quote> quotes) {
        return Analysis.of(Article.of(TEXT)).withText(NormalizedText.identity(TEXT), SENTENCES, tokens())
                .withQuotes(quotes);
    }

    private static List<Token> tokens() {
        List<Token> tokens = new java.util.ArrayList<>();
        for (int s = 0; s < 4; s++) {
            int at = s * 10;
            tokens.add(new Token(at, at + 3, TEXT.substring(at, at + 3)));
            tokens.add(new Token(at + 4, at + 8, "said"));
            tokens.add(new Token(at + 8, at + 9, "."));
        }
        return tokens;
    }

    @Test
    void aSentenceIsInTheArticlesOwnVoiceWhenNoQuoteOverlapsItWhateverTheQuotesOrder() {
        // a long quote over the second and third sentences, listed after a short one inside the third
        assertThat(with(List.of(quote("q2", 22, 25), quote("q1", 12, 28))).ownVoice())
                .containsExactly(true, false, false, true);
        assertThat(with(List.of(quote("q1", 9, 11))).ownVoice()).as("touching both sides")
                .containsExactly(false, false, true, true);
        assertThat(with(List.of(quote("q1", 10, 20))).ownVoice()).as("ending where the next sentence starts")
                .containsExactly(true, false, true, true);
        assertThat(with(List.of()).ownVoice()).containsExactly(true, true, true, true);
    }

    @Test
    void theFirstTokenFromAnOffsetIsTheFirstThatStartsThereOrLater() {
        Analysis analysis = with(List.of());
        assertThat(analysis.firstTokenFrom(0)).isZero();
        assertThat(analysis.firstTokenFrom(4)).isEqualTo(1);
        assertThat(analysis.firstTokenFrom(5)).as("inside a token: the next one").isEqualTo(2);
        assertThat(analysis.firstTokenFrom(39)).isEqualTo(12);
    }
}
