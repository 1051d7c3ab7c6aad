package org.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.NormalizedText;
import org.lede.model.Sentence;
import org.lede.model.Token;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private static List<String> forms(Analysis a) {
        return a.tokens().stream().map(Token::form).toList();
    }

    private static List<String> sentences(Analysis a) {
        return a.sentences().stream().map(a::textOf).toList();
    }

    @Test
    void normalisesQuotesAndDashesButKeepsOriginalOffsets() {
        String text = "TIRANA (Reuters) – “We will not leave,” she said…";
        Analysis a = analyzer.process(Analysis.of(Article.of(text)));
        assertThat(forms(a)).containsExactly("TIRANA", "(", "Reuters", ")", "-", "\"", "We", "will", "not",
                "leave", ",", "\"", "she", "said", "...");
        for (Token t : a.tokens()) {
            assertThat(t.end()).isGreaterThan(t.start());
            assertThat(t.lower()).isEqualTo(t.form().toLowerCase(java.util.Locale.ROOT));
        }
        Token dash = a.tokens().get(4);
        assertThat(a.textOf(dash)).isEqualTo("–");
        Token open = a.tokens().get(5);
        assertThat(a.textOf(open)).isEqualTo("“");
        Token ellipsis = a.tokens().get(14);
        assertThat(a.textOf(ellipsis)).isEqualTo("…");
    }

    @Test
    void keepsNamesNumbersAndAbbreviationsWholeAndSplitsClitics() {
        Analysis a = analyzer.process(Analysis.of(Article.of(
                "Camp Ashraf-3's residents, some 3,000 people, met U.S. envoy O'Brien in 1980-88; he didn't.")));
        assertThat(forms(a)).containsExactly("Camp", "Ashraf-3", "'s", "residents", ",", "some", "3,000",
                "people", ",", "met", "U.S.", "envoy", "O'Brien", "in", "1980-88", ";", "he", "did", "n't", ".");
    }

    @Test
    void splitsSentencesAtTerminalMarksAndBlankLinesButNotAfterTitles() {
        String text = "Police raid camp\n\nTIRANA (AP) - Police raided the camp on Tuesday. Mr. Smith said "
                + "\"it was illegal.\" The group denied it! Did they? Yes, in the U.S. They agreed.";
        Analysis a = analyzer.process(Analysis.of(Article.of(text)));
        assertThat(sentences(a)).containsExactly(
                "Police raid camp",
                "TIRANA (AP) - Police raided the camp on Tuesday.",
                "Mr. Smith said \"it was illegal.\"",
                "The group denied it!",
                "Did they?",
                "Yes, in the U.S.",
                "They agreed.");
        Sentence last = a.sentences().get(6);
        assertThat(a.tokensOf(last)).extracting(Token::form).containsExactly("They", "agreed", ".");
    }

    @Test
    void anAbbreviationEndsASentenceOnlyBeforeAWordThatStartsOne() {
        String text = "The battle was a victory for the U.S. Navy, officials said. Ships sailed from the U.S. "
                + "The war went on. Aid came from the U.S. Officials agreed. Talks began at the U.N. Security Council. "
                + "They resumed on Jan. 5, 2010. Prices rose 5 p.c. 3 firms fell.";
        Analysis a = analyzer.process(Analysis.of(Article.of(text)));
        assertThat(sentences(a)).containsExactly(
                "The battle was a victory for the U.S. Navy, officials said.",
                "Ships sailed from the U.S.",
                "The war went on.",
                "Aid came from the U.S.",
                "Officials agreed.",
                "Talks began at the U.N. Security Council.",
                "They resumed on Jan. 5, 2010.",
                "Prices rose 5 p.c.",
                "3 firms fell.");
    }

    @Test
    void offsetMapSurvivesCharactersThatChangeLength() {
        NormalizedText n = new TextNormalizer().normalize("a…b\u00ADc ﬁ x");
        assertThat(n.text()).isEqualTo("a...bc fi x");
        assertThat(n.toOriginal(4)).isEqualTo(2);   // 'b'
        assertThat(n.toOriginal(5)).isEqualTo(4);   // 'c' after the dropped soft hyphen
        assertThat(n.toOriginalEnd(4)).isEqualTo(2); // a span ending in the expanded "..." ends after '…'
        assertThat(n.fromOriginal(4)).isEqualTo(5);
    }

    @Test
    void emptyTextHasNoTokensOrSentences() {
        Analysis a = analyzer.process(Analysis.of(Article.of("  \n ")));
        assertThat(a.tokens()).isEmpty();
        assertThat(a.sentences()).isEmpty();
    }
}
