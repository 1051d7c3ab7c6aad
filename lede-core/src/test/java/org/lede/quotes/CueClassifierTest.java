package org.lede.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CueClassifierTest {

    @Test
    void theKeysComputedFromTheWordsAreThoseOfTheFeatureNames() {
        TokenView v = CueClassifierTrainerTest.view(
                "\u201cWe will stay,\u201d Karimi told reporters | on Tuesday, and the ministry's aide warns it.");
        for (int i = 0; i < v.tokens.size(); i++) {
            long[] fromNames = CueClassifier.features(v, i).stream().mapToLong(CueClassifier::key).toArray();
            assertThat(CueClassifier.featureKeys(v, i)).as("token %d", i).containsExactly(fromNames);
        }
    }

    @Test
    void aWordIsACueWhenItsFeatureWeightsSumAboveZero() {
        TokenView v = CueClassifierTrainerTest.view("The governor warns that the road will close.");
        CueClassifier classifier = new CueClassifier(Map.of("bias", -1f, "w=warns", 0.5f, "wn1=warns|that", 0.75f));
        CueClassifier without = new CueClassifier(Map.of("bias", -1f, "w=warns", 0.5f, "wn1=warns|the", 0.75f));

        assertThat(classifier.isCue(v, 2)).isTrue();
        assertThat(without.isCue(v, 2)).isFalse();
        assertThat(classifier.isCue(v, 5)).as("road").isFalse();
    }
}
