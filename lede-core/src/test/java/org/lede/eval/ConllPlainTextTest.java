package org.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.ner.ConllCorpus;

/** The round trip another system's output takes: CoNLL tokens to plain text, its mentions back to tags. */
class ConllPlainTextTest {
    /** Invented lines (word POS chunk tag), IOB1 as in the CoNLL-2003 files. */
    private static final String CORPUS = """
            -DOCSTART- -X- -X- O

            Ivo NNP I-NP I-PER
            Dardan NNP I-NP I-PER
            met VBD I-VP O
            Lena NNP I-NP I-PER
            in IN I-PP O
            Karvel-Sud NNP I-NP I-LOC
            . . O O

            Zelva NNP I-NP I-ORG
            Bank NNP I-NP I-ORG
            paid VBD I-VP O
            10 CD I-NP O
            . . O O
            """;

    private static ConllCorpus.Document document() throws IOException {
        return ConllCorpus.read(new BufferedReader(new StringReader(CORPUS))).get(0);
    }

    private static LabelledSpan mention(String text, String word, String type) {
        int start = text.indexOf(word);
        return new LabelledSpan("doc-0001", type, start, start + word.length());
    }

    @Test
    void writesSentencesOnTheirOwnLinesWithABlankLineBetween() throws IOException {
        assertThat(ConllPlainText.of(document()).text())
                .isEqualTo("Ivo Dardan met Lena in Karvel-Sud .\n\nZelva Bank paid 10 .\n");
        assertThat(ConllPlainText.documentName(0)).isEqualTo("doc-0001");
    }

    @Test
    void mentionsBecomeIob1TagsOnTheTokensTheyCover() throws IOException {
        ConllPlainText plain = ConllPlainText.of(document());
        String text = plain.text();
        List<List<String>> tags = plain.tags(List.of(
                mention(text, "Zelva Bank", "ORG"),
                // Two names side by side: IOB1 marks the second with B, so they stay two chunks.
                mention(text, "Ivo", "PER"), mention(text, "Dardan", "PER"),
                // Another tokenizer split the hyphen: half a token still tags all of it, once.
                mention(text, "Karvel", "LOC"), mention(text, "Sud", "MISC")));
        assertThat(tags).containsExactly(
                List.of("I-PER", "B-PER", "O", "O", "O", "I-LOC", "O"),
                List.of("I-ORG", "I-ORG", "O", "O", "O"));
    }

    @Test
    void scoresAnotherSystemWithConllEvalAndLeavesNonConllTypesOut() throws IOException {
        ConllCorpus.Document document = document();
        ConllPlainText plain = ConllPlainText.of(document);
        String text = plain.text();
        String json = """
                {"entities": [
                  {"type": "PERSON", "begin": %d, "end": %d},
                  {"type": "PERSON", "begin": %d, "end": %d},
                  {"type": "ORGANIZATION", "begin": %d, "end": %d},
                  {"type": "NUMBER", "begin": %d, "end": %d},
                  {"type": "PERSON", "text": "He", "begin": 0, "end": 2}]}
                """.formatted(text.indexOf("Ivo"), text.indexOf("Ivo") + "Ivo Dardan".length(),
                text.indexOf("Lena"), text.indexOf("Lena") + 4,
                text.indexOf("Karvel"), text.indexOf("Karvel") + "Karvel-Sud".length(),
                text.indexOf("10"), text.indexOf("10") + 2);
        PredictedMentions predicted = PredictedMentions.of("doc-0001", new ObjectMapper().readTree(json));
        assertThat(predicted.ignoredByType()).containsEntry("NUMBER", 1)
                .containsEntry(PredictedMentions.PRONOUN, 1).hasSize(2);

        ConllEval eval = new ConllEval(List.of("PER", "LOC", "ORG", "MISC"));
        List<List<String>> guessed = plain.tags(predicted.scored());
        for (int s = 0; s < guessed.size(); s++) {
            eval.addSentence(document.sentences().get(s).tags(), guessed.get(s));
        }
        // Both people found; the place called an organisation is one false ORG and one missed LOC; the bank missed.
        assertThat(eval.byType().get("PER")).isEqualTo(new Counts(2, 0, 0));
        assertThat(eval.byType().get("LOC")).isEqualTo(new Counts(0, 0, 1));
        assertThat(eval.byType().get("ORG")).isEqualTo(new Counts(0, 1, 1));
        assertThat(eval.overall()).isEqualTo(new Counts(2, 1, 2));
    }
}
