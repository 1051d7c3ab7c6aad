package org.lede.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Sentence;
import org.lede.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class ChannelPhrasesTest {
    private final ChannelPhrases channels = new ChannelPhrases();

    /** Each sentence's channel phrases as text, found with one search over the whole article. */
    private List<List<String>> phrases(String text) {
        Analysis analysis = new TextAnalyzer().process(Analysis.of(Article.of(text)));
        TokenView v = new TokenView(analysis, new QuotationMarks().find(text, analysis.tokens()));
        ChannelPhrases.InArticle search = channels.in(analysis);
        return analysis.sentences().stream()
                .map((Sentence s) -> channels.find(v, s, search).stream().map(r -> v.excerpt(r).text()).toList())
                .toList();
    }

    @Test
    void findsTheChannelOfEachSentenceWithOneSearchOverTheArticle() {
        List<List<String>> found = phrases("The port will reopen on Monday, the minister said in a statement. "
                + "Dockers met at the gate in the morning. "
                + "The union told reporters the strike was over, and its leader spoke on Twitter.");
        assertThat(found).containsExactly(List.of("in a statement"), List.of(),
                List.of("told reporters", "on Twitter"));
    }

    @Test
    void messagingPlatformsAndAddressesAreChannels() {
        assertThat(phrases("The mayor wrote on Telegram that two people were hurt. "
                + "The minister said in a video statement that the army would respond. "
                + "The president spoke in a televised address."))
                .containsExactly(List.of("on Telegram"), List.of("in a video statement"),
                        List.of("in a televised address"));
    }

    @Test
    void howTheStatementWentOutIsPartOfTheChannelButNoClauseAfterIt() {
        assertThat(phrases("The group said in a statement circulated to local journalists that the raid was fake. "
                + "The officials must leave, the ministry said in a statement posted on Twitter. "
                + "The firm said in a statement released on Monday the company had lost money. "
                + "The command said in a statement posted on its WeChat account that the drills were a warning. "
                + "Beijing must act with restraint, a spokesman said in an emailed statement."))
                .containsExactly(List.of("in a statement circulated to local journalists"),
                        List.of("in a statement posted on Twitter"), List.of("in a statement released on Monday"),
                        List.of("in a statement posted on its WeChat account"), List.of("in an emailed statement"));
    }

    @Test
    void aClueWordAloneIsNoChannel() {
        // "statement" and "called" hold clue words, but no phrase around them names a channel
        assertThat(phrases("The statement was short. Officials called it a post-war record."))
                .containsExactly(List.of(), List.of());
    }
}
