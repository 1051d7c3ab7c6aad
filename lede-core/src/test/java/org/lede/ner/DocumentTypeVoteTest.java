package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTypeVoteTest {
    /** A sentence of words with one name on its first words, tagged with a CoNLL type. */
    private record Tagged(List<String> words, int[] labels) {
    }

    private static Tagged sentence(String text, int nameLength, String type) {
        List<String> words = List.of(text.split(" "));
        int[] labels = new int[words.size()];
        int t = BioLabels.TYPES.indexOf(type);
        for (int i = 0; i < nameLength; i++) {
            labels[i] = i == 0 ? 1 + 2 * t : 2 + 2 * t;
        }
        return new Tagged(words, labels);
    }

    private static List<String> typesAfterVote(Tagged... sentences) {
        List<List<String>> document = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        for (Tagged s : sentences) {
            document.add(s.words());
            labels.add(s.labels());
        }
        return DocumentTypeVote.unify(document, labels).stream()
                .map(l -> BioLabels.spans(l).get(0).type()).toList();
    }

    @Test
    void aPersonsNameTaggedOtherwiseOnceTakesTheMajorityType() {
        assertThat(typesAfterVote(sentence("Zelva Kola said", 2, "PER"), sentence("Zelva Kola left", 2, "ORG"),
                sentence("Zelva Kola came", 2, "PER"))).containsExactly("PER", "PER", "PER");
        assertThat(typesAfterVote(sentence("Maserati sells", 1, "PER"), sentence("Maserati buys", 1, "ORG"),
                sentence("Maserati lost", 1, "ORG"))).containsExactly("ORG", "ORG", "ORG");
    }

    @Test
    void aTieGoesToTheTypeSeenFirst() {
        assertThat(typesAfterVote(sentence("Alfa Romeo grew", 2, "ORG"), sentence("Alfa Romeo said", 2, "PER")))
                .containsExactly("ORG", "ORG");
    }

    @Test
    void aPlaceThatStandsForATeamKeepsEachType() {
        assertThat(typesAfterVote(sentence("Leeds won", 1, "ORG"), sentence("Leeds is rainy", 1, "LOC"),
                sentence("Leeds lost", 1, "ORG"))).containsExactly("ORG", "LOC", "ORG");
    }

    @Test
    void otherWordsKeepTheirOwnTypes() {
        assertThat(typesAfterVote(sentence("Albania said", 1, "LOC"), sentence("Albanian police came", 1, "MISC"),
                sentence("Albania Kola spoke", 2, "PER"))).containsExactly("LOC", "MISC", "PER");
    }

    @Test
    void theLabelsGivenAreNotChanged() {
        Tagged first = sentence("Zelva Kola said", 2, "PER");
        Tagged second = sentence("Zelva Kola left", 2, "ORG");
        int[] before = second.labels().clone();
        typesAfterVote(first, second);
        assertThat(second.labels()).containsExactly(before);
    }
}
