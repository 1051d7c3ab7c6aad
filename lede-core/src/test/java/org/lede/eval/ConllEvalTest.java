package org.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConllEvalTest {
    private static List<String> tags(String spaced) {
        return Arrays.asList(spaced.split(" "));
    }

    @Test
    void countsExactPhraseMatchesPerTypeWithBioTags() {
        ConllEval eval = new ConllEval(List.of("PER", "LOC", "ORG", "MISC"));
        // Gold: PER "Anna Berg", LOC "Oslo", ORG "Nordic Bank". Guess: PER right, LOC right,
        // ORG cut short (one false positive and one false negative), and a spurious MISC.
        eval.addSentence(
                tags("B-PER I-PER O B-LOC O B-ORG I-ORG O"),
                tags("B-PER I-PER O B-LOC O B-ORG O B-MISC"));
        assertThat(eval.byType().get("PER")).isEqualTo(new Counts(1, 0, 0));
        assertThat(eval.byType().get("LOC")).isEqualTo(new Counts(1, 0, 0));
        assertThat(eval.byType().get("ORG")).isEqualTo(new Counts(0, 1, 1));
        assertThat(eval.byType().get("MISC")).isEqualTo(new Counts(0, 1, 0));
        assertThat(eval.overall()).isEqualTo(new Counts(2, 2, 1));
        assertThat(eval.overall().precision()).isEqualTo(0.5);
        assertThat(eval.overall().recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(eval.tokenAccuracy()).isCloseTo(6.0 / 8, within(1e-9));
    }

    @Test
    void readsIob1GoldAgainstBioGuessesByChunkBoundaries() {
        ConllEval eval = new ConllEval(List.of("PER", "LOC"));
        // IOB1: two adjacent LOC names are told apart by B; the guess writes the same chunks in BIO.
        eval.addSentence(tags("I-LOC B-LOC O I-PER I-PER"), tags("B-LOC B-LOC O B-PER I-PER"));
        // A type change inside a run of I tags ends one chunk and starts another.
        eval.addSentence(tags("I-PER I-LOC"), tags("B-PER B-LOC"));
        assertThat(eval.byType().get("LOC")).isEqualTo(new Counts(3, 0, 0));
        assertThat(eval.byType().get("PER")).isEqualTo(new Counts(2, 0, 0));
    }

    @Test
    void aChunkThatRunsPastTheGoldEndIsWrongAndSentencesDoNotJoin() {
        ConllEval eval = new ConllEval(List.of("ORG"));
        eval.addSentence(tags("B-ORG I-ORG O"), tags("B-ORG I-ORG I-ORG"));
        // A chunk at the end of one sentence and one at the start of the next stay two chunks.
        eval.addSentence(tags("O B-ORG"), tags("O B-ORG"));
        eval.addSentence(tags("I-ORG O"), tags("B-ORG O"));
        assertThat(eval.overall()).isEqualTo(new Counts(2, 1, 1));
        EvalReport report = eval.report("tiny", Map.of());
        assertThat(report.byType()).containsOnlyKeys("ORG");
        assertThat(report.extra()).containsEntry("tokens", 7);
    }
}
