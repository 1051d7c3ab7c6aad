package org.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lede.eval.Counts;
import org.lede.eval.EvalReport;

class EcbPlusEvaluationTest {

    /**
     * An invented ECB+ document: "Arben Kola met Lina Haddad in Tirana. He resigned and Kola left. Haddad
     * said she stayed." Its gold (deliberately odd) makes "He" corefer with Haddad; "she" is unannotated.
     */
    @Test
    void scoresLinksAgainstGoldChainsAndCountsUnannotatedOnesApart() throws Exception {
        Path root = Path.of(getClass().getResource("/org/lede/entities/ecbplus").toURI());
        EvalReport report = new EcbPlusEvaluation().evaluate(root);
        // Lede links "He" to the subject Kola: wrong by this gold, and Haddad's gold pronoun is missed.
        assertThat(report.byType().get("pronoun links")).isEqualTo(new Counts(0, 1, 1));
        // Kola~Kola and Haddad~Haddad are both grouped; no other pair is.
        assertThat(report.byType().get("name pairs")).isEqualTo(new Counts(2, 0, 0));
        // "she" is linked to Haddad but ECB+ did not annotate it; Tirana is in no chain.
        assertThat(report.extra()).containsEntry("documents", 1).containsEntry("names given", 5)
                .containsEntry("unscored links", 1);
    }
}
