package org.lede.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.model.EntityLabel.Polarity;

class LabelLexiconBuilderTest {

    /** An article whose every occurrence of each phrase is one span of the technique. */
    private static PtcCorpus.Article article(String id, String text, Technique technique, String... phrases) {
        List<PtcCorpus.TechniqueSpan> spans = new ArrayList<>();
        for (String phrase : phrases) {
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                spans.add(new PtcCorpus.TechniqueSpan(technique, at, at + phrase.length()));
            }
        }
        return new PtcCorpus.Article(id, text, spans);
    }

    private static List<PtcCorpus.Article> corpus() {
        List<PtcCorpus.Article> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(article("n" + i, "The vile terrorist gang struck again. The council met on Monday.",
                    Technique.NAME_CALLING, "vile terrorist gang"));
            articles.add(article("l" + i, "These valiant heroes saved the town. The council met on Friday.",
                    Technique.LOADED_LANGUAGE, "valiant heroes"));
            articles.add(article("s" + i, "A shocking decision. The council met on Sunday.",
                    Technique.LOADED_LANGUAGE, "shocking"));
        }
        return articles;
    }

    @Test
    void growsPolarityFromTheSeedsAWordSharesSpansWith() {
        List<LabelLexiconBuilder.Entry> entries = new LabelLexiconBuilder(3, 0.5).build(corpus());

        assertThat(entries).extracting(LabelLexiconBuilder.Entry::word, LabelLexiconBuilder.Entry::polarity)
                .contains(tuple("vile", Polarity.DELEGITIMISING),      // beside the seeds "terrorist", "gang"
                        tuple("valiant", Polarity.LEGITIMISING),       // beside the seed "heroes"
                        tuple("shocking", Polarity.NEUTRAL),           // loaded, beside no seed
                        tuple("terrorist", Polarity.DELEGITIMISING));  // a seed keeps its own
        // "council" is in every article but never inside a span; "met" likewise.
        assertThat(entries).extracting(LabelLexiconBuilder.Entry::word).doesNotContain("council", "met");
    }

    @Test
    void wordsInTooFewSpansStayOut() {
        List<LabelLexiconBuilder.Entry> entries = new LabelLexiconBuilder(4, 0.5).build(corpus());

        assertThat(entries).extracting(LabelLexiconBuilder.Entry::word).doesNotContain("vile", "shocking");
    }

    @Test
    void theWrittenLexiconReadsBackWithItsPolarities(@TempDir Path dir) throws Exception {
        LabelLexiconBuilder builder = new LabelLexiconBuilder(3, 0.5);
        Path file = dir.resolve("lexicon.tsv");
        builder.write(builder.build(corpus()), file, "test");

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("# Label lexicon").endsWith("test");
        assertThat(lines).contains("vile\tdelegitimising\t3\t3");
    }
}
