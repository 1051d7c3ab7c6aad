package org.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    @Test
    void computesPrecisionRecallAndF1AndPrintsThemBothWays() {
        Counts per = new Counts(8, 2, 4);
        assertThat(per.precision()).isCloseTo(0.8, within(1e-9));
        assertThat(per.recall()).isCloseTo(8.0 / 12, within(1e-9));
        assertThat(per.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-9));
        assertThat(Counts.ZERO.f1()).isZero();

        EvalReport report = new EvalReport("test", per.plus(new Counts(2, 0, 0)), Map.of("PER", per),
                Map.of("speaker_accuracy", 0.5));
        assertThat(report.toText()).contains("PER").contains("overall").contains("0.8333").contains("0.5000");
        ObjectNode json = report.toJson(new ObjectMapper());
        assertThat(json.get("precision").asDouble()).isCloseTo(10.0 / 12, within(1e-9));
        assertThat(json.get("by_type").get("PER").get("f1").asDouble()).isCloseTo(per.f1(), within(1e-9));
        assertThat(json.get("speaker_accuracy").asDouble()).isEqualTo(0.5);
    }
}
