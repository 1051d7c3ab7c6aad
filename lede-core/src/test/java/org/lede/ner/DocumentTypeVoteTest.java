package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTypeVoteTest {
    /** A sentence of words with one name on its first words, tagged with a CoNLL type, and the tagger's scores. */
    private record Tagged(List<String> words, int[] labels, float[] scores) {
    }

    private static Tagged sentence(String text, int nameLength, String type) {
        return sentence(text, nameLength, type, 1);
    }

    /** The tagger's scores favour each chosen label by {@code lead} over every other. */
    private static Tagged sentence(String text, int nameLength, String type, float lead) {
        List<String> words = List.of(text.split(" "));
        int[] labels = new int[words.size()];
        int t = BioLabels.TYPES.indexOf(type);
        for (int i = 0; i < nameLength; i++) {
            labels[i] = i == 0 ? 1 + 2 * t : 2 + 2 * t;
        }
        float[] scores = new float[words.size() * BioLabels.count()];
        for (int i = 0; i < words.size(); i++) {
            scores[i * BioLabels.count() + labels[i]] = lead;
        }
        return new Tagged(words, labels, scores);
    }

    private static List<String> typesAfterVote(Tagged... sentences) {
        List<List<String>> document = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        List<float[]> scores = new ArrayList<>();
        for (Tagged s : sentences) {
            document.add(s.words());
            labels.add(s.labels());
            scores.add(s.scores());
        }
        return DocumentTypeVote.unify(document, labels, scores).stream()
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
    void oneSureMentionOutweighsTwoUnsureOnes() {
        assertThat(typesAfterVote(sentence("Maserati sells", 1, "PER", 0.5f), sentence("Maserati buys", 1, "ORG", 3),
                sentence("Maserati lost", 1, "PER", 0.5f))).containsExactly("ORG", "ORG", "ORG");
    }

    @Test
    void aNameAfterACourtesyTitleIsAPersons() {
        assertThat(typesAfterVote(sentence("Mr. Obama said", 2, "LOC"), sentence("Ms Essex left", 2, "ORG")))
                .containsExactly("PER", "PER");
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFull() {
        assertThat(typesAfterVote(sentence("Sue Essex said", 2, "PER", 0.1f), sentence("Essex spoke", 1, "ORG", 3),
                sentence("Essex left", 1, "LOC", 3))).containsExactly("PER", "PER", "PER");
        assertThat(typesAfterVote(sentence("Ms Essex came", 2, "LOC"), sentence("Essex spoke", 1, "ORG")))
                .containsExactly("PER", "PER");
    }

    @Test
    void aNameDescribedAsACompanyAnywhereIsAnOrganisationsWhereTheTaggerSawAPerson() {
        assertThat(typesAfterVote(sentence("Rosneft said", 1, "PER", 3),
                sentence("Rosneft , a Russian oil firm that is growing , paid", 1, "PER", 3)))
                .containsExactly("ORG", "ORG");
        assertThat(typesAfterVote(sentence("Allianz , the German insurer , said", 1, "PER")))
                .containsExactly("ORG");
        assertThat(typesAfterVote(sentence("Nationwide building society said", 1, "PER"),
                sentence("Nationwide added", 1, "PER"))).containsExactly("ORG", "ORG");
        assertThat(typesAfterVote(sentence("Kraft group said", 1, "PER"))).containsExactly("ORG");
        // A brand or a division is a company's too: "owns the Maserati brand", "its Alfa Romeo division".
        assertThat(typesAfterVote(sentence("Maserati brand sales rose", 1, "PER"),
                sentence("Maserati grew", 1, "PER"))).containsExactly("ORG", "ORG");
        assertThat(typesAfterVote(sentence("Alfa Romeo division staff", 2, "PER", 4))).containsExactly("ORG");
    }

    @Test
    void aCompanyNounRightBeforeTheNameDescribesIt() {
        List<String> words = List.of("the", "oil", "group", "Rosneft", "and", "boss", "Ana", "Kola", "met");
        assertThat(DocumentTypeVote.isDescribedAsCompany(words, new BioLabels.LabeledSpan(3, 4, "PER"))).isTrue();
        assertThat(DocumentTypeVote.isDescribedAsCompany(words, new BioLabels.LabeledSpan(6, 8, "PER"))).isFalse();
    }

    @Test
    void aPersonsDescriptionHeadedByAnotherNounOrACourtesyTitleKeepsThePerson() {
        assertThat(typesAfterVote(sentence("Jones , the company 's chief executive , said", 1, "PER")))
                .containsExactly("PER");
        assertThat(typesAfterVote(sentence("Jones , whose firm grew , said", 1, "PER"))).containsExactly("PER");
        assertThat(typesAfterVote(sentence("Mr Jones group said", 2, "PER"))).containsExactly("PER");
        assertThat(typesAfterVote(sentence("Jones , a film maker , said", 1, "PER"))).containsExactly("PER");
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
