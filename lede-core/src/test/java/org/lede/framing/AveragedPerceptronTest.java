package org.lede.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AveragedPerceptronTest {

    /** Two steps of updates on three features, met in the given order. */
    private static AveragedPerceptron trained(long[] order) {
        AveragedPerceptron weights = new AveragedPerceptron(2, false, null);
        weights.update(order, order.length, 1, 1);
        weights.tick();
        weights.update(new long[] {order[0]}, 1, 0, 2);
        weights.tick();
        return weights;
    }

    private static byte[] written(LinearModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.writeTo(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    @Test
    void theAveragedModelIsTheSameFileWhateverOrderTheFeaturesWereMetIn() throws IOException {
        LinearModel first = trained(new long[] {900, 7, 42}).averaged(key -> true);
        LinearModel second = trained(new long[] {900, 42, 7}).averaged(key -> true);

        assertThat(written(first)).isEqualTo(written(second));
    }

    @Test
    void scoresAreTheAveragedWeightsOfTheKeptFeatures() {
        AveragedPerceptron weights = trained(new long[] {900, 7, 42});
        float[] current = new float[2];
        weights.addScores(new long[] {900, 7, 5}, 3, current, 0);
        assertThat(current).containsExactly(2f, 2f);   // 900: (2, 1), 7: (0, 1), 5: unseen

        // Label 1 of every feature was added at step 1 of 3, label 0 of 900 at step 2: averages 2/3 and 2/3.
        LinearModel model = weights.averaged(key -> key != 42);
        float[] averaged = new float[2];
        model.addScores(new long[] {900, 42}, 2, averaged, 0);
        assertThat(averaged[0]).isCloseTo(2f / 3, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(averaged[1]).isCloseTo(2f / 3, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(model.size()).isEqualTo(2);
    }
}
