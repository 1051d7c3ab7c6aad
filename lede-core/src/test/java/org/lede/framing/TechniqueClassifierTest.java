package org.lede.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TechniqueClassifierTest {
    private static final String TEXT = "Headline\n\nThey named the terrorists. They decried the terrorism. "
            + "They fought the bombers. They met the team.\n";

    private static Set<Long> featuresOf(FramedText doc, String word) {
        int start = TEXT.indexOf(word);
        return Arrays.stream(TechniqueClassifier.features(doc, start, start + word.length())).boxed()
                .collect(Collectors.toSet());
    }

    @Test
    void formsOfAWordShareAFeatureThatOtherWordsLack() {
        FramedText doc = FramesModel.view(TEXT);
        Set<Long> terrorists = featuresOf(doc, "terrorists");
        Set<Long> terrorism = featuresOf(doc, "terrorism");
        Set<Long> bombers = featuresOf(doc, "bombers");

        Set<Long> sharedByTheForms = terrorists.stream().filter(terrorism::contains)
                .filter(key -> !bombers.contains(key)).collect(Collectors.toSet());
        assertThat(sharedByTheForms).hasSize(1);
        // A word no longer than the prefix has no prefix feature: one feature fewer than a longer word has.
        assertThat(featuresOf(doc, "team")).hasSize(bombers.size() - 1);
    }
}
