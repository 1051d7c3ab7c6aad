package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.lede.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityTypeRefinerTest {
    private static EntityTypeRefiner refiner;

    @BeforeAll
    static void withTinyGazetteer() throws IOException {
        refiner = new EntityTypeRefiner(TinyCorpus.gazetteer(), Set.of("convicts", "arrested"));
    }

    private static List<EntityTypeRefiner.TypedSpan> refine(String sentence, BioLabels.LabeledSpan... names) {
        return refiner.refine(List.of(sentence.split(" ")), List.of(names));
    }

    private static BioLabels.LabeledSpan name(int start, int end, String type) {
        return new BioLabels.LabeledSpan(start, end, type);
    }

    private static EntityTypeRefiner.TypedSpan typed(int start, int end, EntityType type) {
        return new EntityTypeRefiner.TypedSpan(start, end, type);
    }

    @Test
    void mapsPeopleAndOrganisationsDirectly() {
        assertThat(refine("Ana Kola joined Zelva Bank", name(0, 2, "PER"), name(3, 5, "ORG")))
                .containsExactly(typed(0, 2, EntityType.PERSON), typed(3, 5, EntityType.ORG));
    }

    @Test
    void anAdjectiveRightBeforeAnOrganisationIsTheFirstWordOfItsNameButANationalityIsNot() {
        assertThat(refine("The Islamic Revolutionary Guard Corps seized a tanker", name(1, 2, "MISC"),
                name(2, 5, "ORG")))
                .containsExactly(typed(1, 5, EntityType.ORG));
        assertThat(refine("The Ostranian Zelva Bank and Karvel-based Zelva Oil", name(1, 2, "MISC"),
                name(2, 4, "ORG"), name(5, 6, "MISC"), name(6, 8, "ORG")))
                .containsExactly(typed(1, 2, EntityType.NORP), typed(2, 4, EntityType.ORG),
                        typed(5, 6, EntityType.MISC), typed(6, 8, EntityType.ORG));
    }

    @Test
    void peopleJoinedByANameParticleAreOnePerson() {
        assertThat(refine("Khalid bin Saeed al-Mutairi met Ana Kola", name(0, 1, "PER"), name(2, 4, "PER"),
                name(5, 7, "PER")))
                .containsExactly(typed(0, 4, EntityType.PERSON), typed(5, 7, EntityType.PERSON));
        // Not across other words, nor between a person and an organisation.
        assertThat(refine("Khalid and Saeed met Banco de Portugal", name(0, 1, "PER"), name(2, 3, "PER"),
                name(4, 7, "ORG")))
                .containsExactly(typed(0, 1, EntityType.PERSON), typed(2, 3, EntityType.PERSON),
                        typed(4, 7, EntityType.ORG));
        assertThat(refine("Ana Kola de Zelva Bank", name(0, 2, "PER"), name(3, 5, "ORG")))
                .containsExactly(typed(0, 2, EntityType.PERSON), typed(3, 5, EntityType.ORG));
    }

    @Test
    void aPlaceAndTheNameAfterARomanceOfAreOnePlace() {
        assertThat(refine("a cafe in Calle del Correo , Ostrana", name(3, 4, "LOC"), name(5, 6, "ORG"),
                name(7, 8, "LOC")))
                .containsExactly(typed(3, 6, EntityType.LOC), typed(7, 8, EntityType.GPE));
        // Not after a name of another kind, nor across an English word.
        assertThat(refine("Zelva Bank de Ostrana and Karvel of Ostrana", name(0, 2, "ORG"), name(3, 4, "LOC"),
                name(5, 6, "LOC"), name(7, 8, "LOC")))
                .containsExactly(typed(0, 2, EntityType.ORG), typed(3, 4, EntityType.GPE),
                        typed(5, 6, EntityType.GPE), typed(7, 8, EntityType.GPE));
    }

    @Test
    void locationsTheGazetteerKnowsAsCountriesCitiesOrRegionsAreGpe() {
        assertThat(refine("from Tirana to Albania via North Vale and the Drin valley",
                name(1, 2, "LOC"), name(3, 4, "LOC"), name(5, 7, "LOC"), name(9, 10, "LOC")))
                .containsExactly(typed(1, 2, EntityType.GPE), typed(3, 4, EntityType.GPE),
                        typed(5, 7, EntityType.GPE), typed(9, 10, EntityType.LOC));
    }

    @Test
    void nationalitiesAndGroupsAreNorpOtherMiscStaysMisc() {
        assertThat(refine("Ostranian Sunnis watched the Euro Cup", name(0, 1, "MISC"), name(1, 2, "MISC"),
                name(4, 6, "MISC")))
                .containsExactly(typed(0, 1, EntityType.NORP), typed(1, 2, EntityType.NORP),
                        typed(4, 6, EntityType.MISC));
    }

    @Test
    void inAHeadlineInTitleCaseAVerbStartsNoName() {
        assertThat(refine("Court Convicts Former Mayor of Karvel", name(1, 4, "PER"), name(5, 6, "LOC")))
                .containsExactly(typed(2, 4, EntityType.PERSON), typed(5, 6, EntityType.GPE));
        assertThat(refine("Police Arrested During Karvel Protests Freed", name(1, 2, "ORG"), name(3, 4, "LOC")))
                .as("a name that is only a verb goes").containsExactly(typed(3, 4, EntityType.GPE));
        // Inside a sentence the capital is the writer's, so a title keeps its verb: "Arrested Development".
        assertThat(refine("she starred in Arrested Development for three seasons", name(3, 5, "MISC")))
                .containsExactly(typed(3, 5, EntityType.MISC));
    }

    @Test
    void capitalisedWordsBeforeAWordForPartOfAPlaceAreItsName() {
        assertThat(refine("a man was wounded in the Shankill area of Karvel", name(9, 10, "LOC")))
                .containsExactly(typed(6, 7, EntityType.LOC), typed(9, 10, EntityType.GPE));
        assertThat(refine("shells fell on the Sheikh Maqsoud district of Karvel overnight", name(8, 9, "LOC")))
                .containsExactly(typed(4, 6, EntityType.LOC), typed(8, 9, EntityType.GPE));
        // What the tagger found stays as it is, a nationality is no place, and without "of" and a name after
        // the word for the area the capital may be a sentence's or a title's.
        assertThat(refine("the North Vale region of Ostrana", name(1, 3, "LOC"), name(5, 6, "LOC")))
                .containsExactly(typed(1, 3, EntityType.GPE), typed(5, 6, EntityType.GPE));
        assertThat(refine("in the Ostranian region of Karvel", name(5, 6, "LOC")))
                .containsExactly(typed(5, 6, EntityType.GPE));
        assertThat(refine("the Shankill area was quiet")).isEmpty();
        assertThat(refine("the Shankill area of the city")).isEmpty();
    }

    @Test
    void aNameBesideACapitalisedFacilityHeadIsAFacilityEvenWhenTheTaggerMissedIt() {
        assertThat(refine("police entered Camp Ashraf-3 at dawn"))
                .containsExactly(typed(2, 4, EntityType.FAC));
        assertThat(refine("he was held in Evin Prison for years", name(4, 5, "LOC")))
                .containsExactly(typed(4, 6, EntityType.FAC));
        assertThat(refine("flights left Tirana Airport and Camp Liberty", name(2, 3, "LOC"), name(6, 7, "LOC")))
                .containsExactly(typed(2, 4, EntityType.FAC), typed(5, 7, EntityType.FAC));
        assertThat(refine("Residents of Camp Ashraf-3 were moved", name(0, 4, "LOC")))
                .as("who belongs to the camp is no part of its name").containsExactly(typed(2, 4, EntityType.FAC));
    }

    @Test
    void aHeadWordWithoutANameOrInLowercaseIsNoFacility() {
        assertThat(refine("The camp near Karvel was closed", name(3, 4, "LOC")))
                .containsExactly(typed(3, 4, EntityType.GPE));
        assertThat(refine("Camp residents said the Prison was full")).isEmpty();
    }

    @Test
    void aNameAFacilityWordIntroducesIsAFacility() {
        assertThat(refine("The camp , known as Ashraf-3 , lies north of the capital"))
                .containsExactly(typed(5, 6, EntityType.FAC));
        // The tagger's type gives way: the phrase says what the name is.
        assertThat(refine("he was held in a prison called Evin Hill for years", name(7, 9, "LOC")))
                .containsExactly(typed(7, 9, EntityType.FAC));
        assertThat(refine("the base , also known as Camp Liberty , was closed"))
                .containsExactly(typed(6, 8, EntityType.FAC));
        // Neither a head word nor a name after the phrase.
        assertThat(refine("a group called Karvel Front", name(3, 5, "ORG")))
                .containsExactly(typed(3, 5, EntityType.ORG));
        assertThat(refine("a camp known as the old farm")).isEmpty();
    }

    @Test
    void namesWithoutACapitalLetterAreDropped() {
        assertThat(refine("the interior ministry said", name(1, 3, "ORG"))).isEmpty();
    }
}
