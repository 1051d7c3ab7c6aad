package org.lede.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.assertj.core.data.Offset;
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

    @Test
    void theMeanOfPerceptronsAveragesTheirWeightsAndCountsARowOneNeverMadeAsZeros() {
        AveragedPerceptron first = trained(new long[] {900, 7, 42});
        AveragedPerceptron second = new AveragedPerceptron(2, false, null);
        second.update(new long[] {900, 5}, 2, 0, 3);
        second.tick();

        LinearModel mean = AveragedPerceptron.mean(List.of(first, second), key -> key != 42);
        LinearModel firstAlone = first.averaged(key -> key != 42);
        LinearModel secondAlone = second.averaged(key -> true);
        for (long[] features : List.of(new long[] {900}, new long[] {7}, new long[] {5})) {
            float[] expected = new float[2];
            firstAlone.addScores(features, 1, expected, 0);
            secondAlone.addScores(features, 1, expected, 0);
            float[] got = new float[2];
            mean.addScores(features, 1, got, 0);
            for (int label = 0; label < 2; label++) {
                assertThat(got[label]).isCloseTo(expected[label] / 2, Offset.offset(1e-3f));
            }
        }
        assertThat(mean.size()).isEqualTo(3); // 900, 7 and 5; 42 is not kept
    }
}
