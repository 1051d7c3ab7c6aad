package org.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lede.eval.EvalReport;
import org.lede.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElevantEvaluationTest {
    @TempDir
    Path folder;

    private static final String TEXT = "Ervin Hoxha met Marta Leka in Tirana. Hoxha said the talks went well, "
            + "and Leka agreed. The PFOI was not invited.";

    private static String label(String surface, int nth, String id, String type) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = TEXT.indexOf(surface, at + 1);
        }
        return "{\"span\": [" + at + ", " + (at + surface.length()) + "], \"entity_id\": \"" + id
                + "\", \"type\": \"" + type + "\"}";
    }

    @Test
    void scoresAliasGroupingWithBCubedPerBenchmark() throws IOException {
        // Gold: Hoxha (2 mentions), Leka (2), Tirana (1); the PFOI mention is NIL and not scored.
        String document = "{\"id\": 1, \"text\": \"" + TEXT + "\", \"labels\": ["
                + String.join(", ", label("Ervin Hoxha", 0, "Q1", "Q215627"), label("Marta Leka", 0, "Q2", "Q215627"),
                label("Tirana", 0, "Q19689", "Q27096213"), label("Hoxha", 1, "Q1", "Q215627"),
                label("Leka", 1, "Q2", "Q215627"), label("PFOI", 0, "<NIL>", "Q43229")) + "]}";
        Files.writeString(folder.resolve("tiny.benchmark.jsonl"), document + "\n");
        Files.writeString(folder.resolve("tiny.metadata.json"), "{}");

        EvalReport report = new ElevantEvaluation().evaluate(folder);

        assertThat(report.byType()).containsOnlyKeys("tiny");
        assertThat(report.extra().get("tiny mentions")).isEqualTo(5);
        assertThat(report.extra().get("documents")).isEqualTo(1);
        // The resolver groups surnames with full names: every mention's entity is its gold entity.
        assertThat(report.extra().get("tiny b3 precision").doubleValue()).isEqualTo(1.0);
        assertThat(report.extra().get("tiny b3 recall").doubleValue()).isEqualTo(1.0);
        assertThat(report.overall().truePositives()).isEqualTo(2);
        assertThat(report.overall().falsePositives()).isZero();
    }

    @Test
    void wikidataTypesMapToLedeTypes() {
        assertThat(ElevantEvaluation.typeOf("Q215627")).isEqualTo(EntityType.PERSON);
        assertThat(ElevantEvaluation.typeOf("Q27096213|Q43229")).isEqualTo(EntityType.GPE);
        assertThat(ElevantEvaluation.typeOf("Q2424752|Q43229")).isEqualTo(EntityType.ORG);
        assertThat(ElevantEvaluation.typeOf("Q17537576")).isEqualTo(EntityType.MISC);
    }

    @Test
    void aFolderWithoutBenchmarksIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ElevantEvaluation().evaluate(folder))
                .isInstanceOf(IOException.class).hasMessageContaining("no ELEVANT");
    }
}
