package org.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.entities.EntityResolverTest.entity;
import static org.lede.entities.EntityResolverTest.mentions;
import static org.lede.model.EntityType.GPE;
import static org.lede.model.EntityType.NORP;
import static org.lede.model.EntityType.ORG;
import static org.lede.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;
import org.lede.model.Analysis;
import org.lede.model.Entity;
import org.lede.model.EntityType;

class NameGroupingTest {
    private static final EntityResolver RESOLVER = new EntityResolver();

    @Test
    void expandsAnAcronymGivenBeforeItsNameInParentheses() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "The NCRI (the National Council of Resistance of Iran) called a rally. The NCRI said 3,000 came.")
                .all("National Council of Resistance of Iran", ORG).all("NCRI", ORG).analysis());
        assertThat(a.entities()).hasSize(1);
        Entity council = a.entities().get(0);
        assertThat(council.name()).isEqualTo("National Council of Resistance of Iran");
        assertThat(council.aliases()).containsExactly("NCRI");
        assertThat(mentions(council)).containsExactly("NCRI/NAME", "National Council of Resistance of Iran/NAME",
                "NCRI/NAME");
    }

    @Test
    void widensANameCutShortToTheWordsItsAcronymStandsFor() {
        // Name recognition split the name at the possessive and took "People" for a person.
        Analysis a = RESOLVER.process(NamedArticle.of(
                "Police raided a camp of the People's Freedom Organisation of Iran (PFOI) on Tuesday. "
                        + "The PFOI said it would appeal.")
                .all("People", EntityType.PERSON).all("Freedom Organisation of Iran", ORG).all("PFOI", ORG)
                .analysis());
        assertThat(a.entities()).extracting(Entity::name).containsExactly("People's Freedom Organisation of Iran");
        assertThat(a.entities().get(0).type()).isEqualTo(ORG);
        assertThat(mentions(a.entities().get(0))).containsExactly(
                "People's Freedom Organisation of Iran/NAME", "PFOI/NAME", "PFOI/NAME", "it/PRONOUN");
    }

    @Test
    void leavesANameAloneWhenTheWordsBeforeItAreNotWhatItsAcronymStandsFor() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "Officials in Tirana met the Freedom Organisation of Iran (FOI) on Monday.")
                .all("Tirana", EntityType.GPE).all("Freedom Organisation of Iran", ORG).all("FOI", ORG).analysis());
        assertThat(a.entities()).extracting(Entity::name)
                .containsExactly("Tirana", "Freedom Organisation of Iran");
    }

    @Test
    void aNameOfNoTypeGoesWithThePersonItNames() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "Police detained Kamran Rezaei-Nejad in Stockholm. Rezaei-Nejad denied the charges.")
                .all("Kamran Rezaei-Nejad", EntityType.MISC).all("Stockholm", EntityType.GPE)
                .all("Rezaei-Nejad", EntityType.PERSON).analysis());
        Entity researcher = a.entities().get(0);
        assertThat(researcher.name()).isEqualTo("Kamran Rezaei-Nejad");
        assertThat(researcher.type()).isEqualTo(EntityType.PERSON);
        assertThat(researcher.aliases()).containsExactly("Rezaei-Nejad");
        // An organisation still never takes in a person's name.
        Analysis b = RESOLVER.process(NamedArticle.of("Kola Holdings hired Ana Kola. Kola said little.")
                .all("Kola Holdings", ORG).all("Ana Kola", EntityType.PERSON).nth("Kola", 0, EntityType.PERSON)
                .analysis());
        assertThat(b.entities()).extracting(Entity::name).containsExactly("Kola Holdings", "Ana Kola");
    }

    @Test
    void matchesAnAcronymToTheOneNameWithItsInitialsSkippingStopwords() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "The Organisation for Security and Co-operation in Europe sent observers. OSCE monitors left on Friday.")
                .all("Organisation for Security and Co-operation in Europe", ORG).all("OSCE", ORG).analysis());
        assertThat(a.entities()).extracting(Entity::name).containsExactly(
                "Organisation for Security and Co-operation in Europe");
        assertThat(a.entities().get(0).aliases()).containsExactly("OSCE");
    }

    @Test
    void leavesAnAcronymAloneWhenTwoNamesHaveItsInitials() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "The Iran Freedom Movement and the Iraqi Farmers Movement met. The IFM issued a statement.")
                .all("Iran Freedom Movement", ORG).all("Iraqi Farmers Movement", ORG).all("IFM", ORG).analysis());
        assertThat(a.entities()).extracting(Entity::name).containsExactly(
                "Iran Freedom Movement", "Iraqi Farmers Movement", "IFM");
    }

    @Test
    void acceptsAnAliasNotMadeOfInitialsOnlyWhereTheTextIntroducesIt() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "The People's Mojahedin Organization of Iran (MEK) held a rally. The MEK said it was peaceful. "
                        + "The National Liberation Army marched. The MKO was absent.")
                .all("People's Mojahedin Organization of Iran", ORG).all("MEK", ORG)
                .all("National Liberation Army", ORG).all("MKO", ORG).analysis());
        assertThat(a.entities()).extracting(Entity::name).containsExactly(
                "People's Mojahedin Organization of Iran", "National Liberation Army", "MKO");
        assertThat(a.entities().get(0).aliases()).containsExactly("MEK");
    }

    @Test
    void findsAnIntroducedAcronymThatNameRecognitionMissed() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "The Organisation for Democracy in Iran (ODI) met. ODI members voted.")
                .all("Organisation for Democracy in Iran", ORG).analysis());
        assertThat(mentions(a.entities().get(0))).containsExactly("Organisation for Democracy in Iran/NAME",
                "ODI/NAME", "ODI/NAME");
    }

    @Test
    void keepsASurnameApartWhenItFitsTwoPeople() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "Maryam Rajavi spoke after Massoud Rajavi. Rajavi was cheered.")
                .all("Maryam Rajavi", PERSON).all("Massoud Rajavi", PERSON).all("Rajavi", PERSON).analysis());
        assertThat(a.entities()).extracting(Entity::name).containsExactly("Maryam Rajavi", "Massoud Rajavi",
                "Rajavi");
    }

    @Test
    void neverMergesNamesOfDifferentTypes() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "Albanian police said Albania would act. Iranian exiles said Iran had lobbied.")
                .all("Albanian police", ORG).all("Albania", GPE).all("Iranian", NORP).all("Iran", GPE)
                .analysis());
        assertThat(a.entities()).extracting(Entity::name).containsExactly("Albanian police", "Albania",
                "Iranian", "Iran");
    }

    @Test
    void mergesTheShorterFormOfAnOrganisationName() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "Iran's Foreign Ministry summoned the envoy. The Foreign Ministry said it had protested. "
                        + "The Iranian Foreign Ministry later denied it.")
                .all("Iranian Foreign Ministry", ORG).all("Foreign Ministry", ORG).all("Iran", GPE)
                .analysis());
        Entity ministry = entity(a, "Iranian Foreign Ministry");
        assertThat(ministry.aliases()).containsExactly("Foreign Ministry");
        assertThat(mentions(ministry)).containsExactly("Foreign Ministry/NAME", "Foreign Ministry/NAME",
                "it/PRONOUN", "Iranian Foreign Ministry/NAME");
    }

    @Test
    void takesANameIntroducedWithAlsoCalledAsAnAlias() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "The People's Mojahedin Organization of Iran, also called Mujahedin-e Khalq, denied the charge. "
                        + "Mujahedin-e Khalq members left.")
                .all("People's Mojahedin Organization of Iran", ORG).all("Mujahedin-e Khalq", ORG).analysis());
        assertThat(a.entities()).hasSize(1);
        assertThat(a.entities().get(0).aliases()).containsExactly("Mujahedin-e Khalq");
    }

    @Test
    void doesNotTakeTheAgencyInADatelineForAnAliasOfThePlace() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "TIRANA (AP) - Police raided a camp near Tirana on Tuesday.")
                .all("TIRANA", GPE).all("AP", ORG).all("Tirana", GPE).analysis());
        assertThat(a.entities()).extracting(Entity::name).containsExactly("Tirana", "AP");
        assertThat(a.entities().get(0).aliases()).isEmpty();
    }
}
