package org.lede.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.lede.eval.EvalReport;
import org.lede.pipeline.Pipeline;
import org.lede.source.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An invented document in WikiEvents' layout, scored end to end. */
class EventEvaluationTest {

    @Test
    void scoresTriggersAndArgumentsOfMappedTypesAndSkipsOthers(@TempDir Path dir) throws Exception {
        String line = "{\"doc_id\":\"d1\",\"tokens\":[],\"sentences\":["
                + "[[[\"Gunmen\",0,6],[\"attacked\",7,15],[\"a\",16,17],[\"police\",18,24],[\"station\",25,32],"
                + "[\"in\",33,35],[\"Kabul\",36,41],[\".\",41,42]],\"Gunmen attacked a police station in Kabul.\"],"
                + "[[[\"Two\",43,46],[\"officers\",47,55],[\"died\",56,60],[\".\",60,61]],\"Two officers died.\"]],"
                + "\"entity_mentions\":["
                + "{\"id\":\"T1\",\"start\":0,\"end\":1},{\"id\":\"T2\",\"start\":4,\"end\":5},"
                + "{\"id\":\"T3\",\"start\":6,\"end\":7},{\"id\":\"T4\",\"start\":9,\"end\":10}],"
                + "\"event_mentions\":["
                + "{\"event_type\":\"Conflict.Attack.Unspecified\",\"trigger\":{\"start\":1,\"end\":2},\"arguments\":["
                + "{\"entity_id\":\"T1\",\"role\":\"Attacker\"},{\"entity_id\":\"T2\",\"role\":\"Target\"},"
                + "{\"entity_id\":\"T3\",\"role\":\"Place\"}]},"
                + "{\"event_type\":\"Life.Die.Unspecified\",\"trigger\":{\"start\":10,\"end\":11},\"arguments\":["
                + "{\"entity_id\":\"T4\",\"role\":\"Victim\"}]}]}";
        Path file = dir.resolve("dev.jsonl");
        Files.writeString(file, line + "\n");

        EvalReport report = new EventEvaluation(Pipeline.standard()).evaluate(EventEvaluation.read(file), () -> { });

        assertThat(report.byType().get("trigger").truePositives()).isEqualTo(1);
        assertThat(report.byType().get("trigger").falsePositives()).isZero();
        assertThat(report.byType().get("trigger").falseNegatives()).isZero();
        assertThat(report.extra().get("gold_events_scored")).isEqualTo(1); // Life.Die is not a mapped type
        assertThat(report.byType().get("argument actor").truePositives()).isEqualTo(1);
        assertThat(report.byType().get("argument target").truePositives()).isEqualTo(1);
        assertThat(report.overall().falsePositives()).isZero();
    }

    @Test
    void everyErrorIsOneLineWithItsKindWordsAndSentence(@TempDir Path dir) throws Exception {
        String line = "{\"doc_id\":\"d2\",\"tokens\":[],\"sentences\":["
                + "[[[\"Rebels\",0,6],[\"attacked\",7,15],[\"the\",16,19],[\"town\",20,24],[\".\",24,25]],"
                + "\"Rebels attacked the town.\"]],"
                + "\"entity_mentions\":[{\"id\":\"T1\",\"start\":0,\"end\":1}],"
                + "\"event_mentions\":[{\"event_type\":\"Justice.ArrestJailDetain.Unspecified\","
                + "\"trigger\":{\"start\":3,\"end\":4},\"arguments\":[{\"entity_id\":\"T1\",\"role\":\"Jailer\"}]}]}";
        Path file = dir.resolve("dev.jsonl");
        Files.writeString(file, line + "\n");
        java.util.List<String> errors = new java.util.ArrayList<>();

        new EventEvaluation(Pipeline.standard()).evaluate(EventEvaluation.read(file), () -> { }, errors::add);

        assertThat(errors).anySatisfy(error -> assertThat(error.split("\t")).containsSequence("d2", "trigger-fp"))
                .anySatisfy(error -> assertThat(error).startsWith("d2\ttrigger-fn\tJustice.ArrestJailDetain")
                        .endsWith("Rebels attacked the [town]."))
                .anySatisfy(error -> assertThat(error).startsWith("d2\targument-fn\tactor (event missed)\tRebels"));
    }

    @Test
    void aRoleTakesTheSlotItsTypeGivesIt() {
        assertThat(EventEvaluation.slotOf("contact.threatencoerce.broadcast", "recipient")).isEqualTo("target");
        assertThat(EventEvaluation.slotOf("transaction.transaction.transfercontrol", "recipient")).isEqualTo("actor");
        assertThat(EventEvaluation.slotOf("transaction.transaction.transfercontrol", "territoryorfacility"))
                .isEqualTo("target");
        assertThat(EventEvaluation.slotOf("artifactexistence.damagedestroy.damage", "damager")).isEqualTo("actor");
        assertThat(EventEvaluation.slotOf("Conflict.Attack.DetonateExplode", "ExplosiveDevice"))
                .isEqualTo("instrument");
        assertThat(EventEvaluation.slotOf("transaction.transaction.transfercontrol", "beneficiary")).isNull();
    }

    @Test
    void hostageTakingCountsAsDetentionOrAttackAndCoercionAsThreatenCoerce() {
        assertThat(EventEvaluation.MAPPING.get(EventEvaluation.classOf("Justice.ArrestJailDetain.Unspecified")))
                .contains("181");
        assertThat(EventEvaluation.MAPPING.get(EventEvaluation.classOf("Conflict.Attack.Unspecified")))
                .anyMatch("181"::startsWith);
        assertThat(EventEvaluation.MAPPING.get(EventEvaluation.classOf("contact.threatencoerce.n/a")))
                .contains("170").noneMatch("1711"::startsWith);
    }

    @Test
    void aFileInNeitherFormatIsOneClearErrorNamingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dev.jsonl");
        Files.writeString(file, "{\"doc_id\": \"d1\"}\n");

        assertThatThrownBy(() -> EventEvaluation.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a WikiEvents .jsonl file");
    }

    @Test
    void aFolderOrAMissingFileIsNamedAsSuch(@TempDir Path dir) {
        assertThatThrownBy(() -> EventEvaluation.read(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("a folder");
        Path missing = dir.resolve("dev.jsonl");
        assertThatThrownBy(() -> EventEvaluation.read(missing)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString());
    }
}
