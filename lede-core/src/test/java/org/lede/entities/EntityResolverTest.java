package org.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.model.EntityType.FAC;
import static org.lede.model.EntityType.GPE;
import static org.lede.model.EntityType.LOC;
import static org.lede.model.EntityType.MISC;
import static org.lede.model.EntityType.NORP;
import static org.lede.model.EntityType.ORG;
import static org.lede.model.EntityType.PERSON;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lede.model.Analysis;
import org.lede.model.Entity;
import org.lede.model.Excerpt;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.pipeline.Pipeline;

class EntityResolverTest {
    private static final EntityResolver RESOLVER = new EntityResolver();

    /** An invented agency story in the shape Lede is for. */
    private static final String STORY = "TIRANA (Reuters) - Albanian police raided Ashraf-3, a camp run by the "
            + "People's Mojahedin Organization of Iran (PMOI), on Tuesday. Iran's Foreign Ministry welcomed the raid.\n\n"
            + "The ministry's spokesman, Saeed Khatibzadeh, said in a series of tweets that the terror group had "
            + "no place in Europe. He said Tehran had warned Tirana about the group for years.\n\n"
            + "The PMOI, also known as the MEK, denies the charge. Its leader, Maryam Rajavi, condemned the raid. "
            + "She said police had beaten residents. It was announced on Wednesday that the camp would be closed.\n\n"
            + "\"This cult has lost its cover,\" Khatibzadeh said. Mrs Rajavi told supporters in Paris that they "
            + "would not be silenced. Reza Tabrizi, a spokesman for the group, said the residents had done nothing "
            + "wrong.\n\n"
            + "In Tehran, President Hassan Rouhani praised the Albanian government. Rouhani said the country would "
            + "not forget. Albanian police acted lawfully, said former prime minister Arben Kola, who visited "
            + "Ashraf-3 with Interior Minister Besnik Duka on Wednesday. He said the residents were safe. "
            + "Supporters of the PMOI said they would protest.";

    private static Analysis story() {
        return RESOLVER.process(NamedArticle.of(STORY)
                .all("People's Mojahedin Organization of Iran", ORG)
                .all("President Hassan Rouhani", PERSON)
                .all("Saeed Khatibzadeh", PERSON)
                .all("Albanian police", ORG)
                .all("Maryam Rajavi", PERSON)
                .all("Mrs Rajavi", PERSON)
                .all("Foreign Ministry", ORG)
                .all("Reza Tabrizi", PERSON)
                .all("Arben Kola", PERSON)
                .all("Besnik Duka", PERSON)
                .all("Khatibzadeh", PERSON)
                .all("Rouhani", PERSON)
                .all("TIRANA", GPE)
                .all("Tirana", GPE)
                .all("Reuters", ORG)
                .all("Ashraf-3", FAC)
                .nth("PMOI", 0, ORG)
                .nth("PMOI", 1, ORG) // the third PMOI is left for the resolver to find
                .all("MEK", ORG)
                .all("Iran", GPE)
                .all("Europe", LOC)
                .all("Tehran", GPE)
                .all("Paris", GPE)
                .all("Albanian", NORP)
                .analysis());
    }

    @Test
    void groupsTheStoryIntoEntitiesInOrderOfFirstMention() {
        Analysis a = story();
        assertThat(a.entities()).extracting(Entity::id, Entity::name, Entity::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e1", "Tirana", GPE),
                org.assertj.core.groups.Tuple.tuple("e2", "Reuters", ORG),
                org.assertj.core.groups.Tuple.tuple("e3", "Albanian police", ORG),
                org.assertj.core.groups.Tuple.tuple("e4", "Ashraf-3", FAC),
                org.assertj.core.groups.Tuple.tuple("e5", "People's Mojahedin Organization of Iran", ORG),
                org.assertj.core.groups.Tuple.tuple("e6", "Iran", GPE),
                org.assertj.core.groups.Tuple.tuple("e7", "Foreign Ministry", ORG),
                org.assertj.core.groups.Tuple.tuple("e8", "Saeed Khatibzadeh", PERSON),
                org.assertj.core.groups.Tuple.tuple("e9", "Europe", LOC),
                org.assertj.core.groups.Tuple.tuple("e10", "Tehran", GPE),
                org.assertj.core.groups.Tuple.tuple("e11", "Maryam Rajavi", PERSON),
                org.assertj.core.groups.Tuple.tuple("e12", "Paris", GPE),
                org.assertj.core.groups.Tuple.tuple("e13", "Reza Tabrizi", PERSON),
                org.assertj.core.groups.Tuple.tuple("e14", "Hassan Rouhani", PERSON),
                org.assertj.core.groups.Tuple.tuple("e15", "Albanian", NORP),
                org.assertj.core.groups.Tuple.tuple("e16", "Arben Kola", PERSON),
                org.assertj.core.groups.Tuple.tuple("e17", "Besnik Duka", PERSON));
        assertThat(entity(a, "Tirana").aliases()).isEmpty();
        assertThat(mentions(entity(a, "Tirana"))).containsExactly("TIRANA/NAME", "Tirana/NAME");
    }

    @Test
    void aPlaceOnlyTheDatelineShoutsIsNamedInTitleCaseAndAnAcronymStaysAsItIs() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "NEW YORK (AP) - The UAE and the UN met on Tuesday, WHO officials said.")
                .all("NEW YORK", GPE).all("AP", ORG).all("UAE", GPE).all("UN", ORG).all("WHO", ORG).analysis());
        assertThat(a.entities()).extracting(Entity::name).containsExactly("New York", "AP", "UAE", "UN", "WHO");
    }

    @Test
    void anAcronymOfAnOrganisationsInitialsTaggedAsAPlaceIsStillItsAlias() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "The Korva Valley Front seized a tanker. The KVF has seized six vessels since 2019.")
                .all("Korva Valley Front", ORG).all("KVF", LOC).analysis());
        assertThat(a.entities()).extracting(Entity::name).containsExactly("Korva Valley Front");
        assertThat(a.entities().get(0).type()).isEqualTo(ORG);
        assertThat(a.entities().get(0).aliases()).containsExactly("KVF");
    }

    @Test
    void aNameOfNoTypeThatEndsAnOrganisationsNameIsThatOrganisation() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "The Korva Valley Guards seized a tanker. The Guards answer to Arlo Venn. The Valley is green.")
                .all("Korva Valley Guards", ORG).all("Guards", MISC).all("Arlo Venn", PERSON)
                .all("Valley", MISC).analysis());
        assertThat(a.entities()).extracting(Entity::name).containsExactly("Korva Valley Guards", "Arlo Venn", "Valley");
        assertThat(a.entities().get(0).mentions()).extracting(Mention::text)
                .containsExactly("Korva Valley Guards", "Guards");
    }

    @Test
    void aDescriptionTakingUpAnUnnamedOneIntroducedIndefinitelyIsNoNamedEntity() {
        Analysis a = RESOLVER.process(NamedArticle.of(
                "The Korva Security Service said it had caught a group of saboteurs. According to the Korva "
                        + "Security Service, the group was armed. The Valley Front, a militant group, denied it. "
                        + "The group said so.")
                .all("Korva Security Service", ORG).all("Valley Front", ORG).analysis());
        Entity service = entity(a, "Korva Security Service");
        assertThat(mentions(service)).doesNotContain("the group/DESCRIPTION");
        assertThat(mentions(entity(a, "Valley Front"))).contains("The group/DESCRIPTION");
    }

    @Test
    void linksTheGroupsFullNameAcronymsEpithetsAndPronouns() {
        Entity group = entity(story(), "People's Mojahedin Organization of Iran");
        assertThat(group.aliases()).containsExactly("PMOI", "MEK");
        assertThat(group.roles()).isEmpty();
        assertThat(mentions(group)).containsExactly(
                "People's Mojahedin Organization of Iran/NAME", "PMOI/NAME",
                "the terror group/DESCRIPTION", "the group/DESCRIPTION",
                "PMOI/NAME", "MEK/NAME", "Its/PRONOUN",
                "This cult/DESCRIPTION", "its/PRONOUN",
                "the group/DESCRIPTION",
                "PMOI/NAME");
    }

    @Test
    void findsTheSpokesmansRoleFromAnAppositionAndLinksHimAndHisTitle() {
        Entity spokesman = entity(story(), "Saeed Khatibzadeh");
        assertThat(spokesman.aliases()).containsExactly("Khatibzadeh");
        assertThat(roles(spokesman)).containsExactly("The ministry's spokesman");
        assertThat(mentions(spokesman)).containsExactly("The ministry's spokesman/DESCRIPTION",
                "Saeed Khatibzadeh/NAME", "He/PRONOUN", "Khatibzadeh/NAME");
    }

    @Test
    void joinsSurnamesAndCourtesyTitlesToTheFullNameAndLinksShe() {
        Entity leader = entity(story(), "Maryam Rajavi");
        assertThat(leader.aliases()).containsExactly("Rajavi");
        assertThat(roles(leader)).containsExactly("Its leader");
        assertThat(mentions(leader)).containsExactly("Maryam Rajavi/NAME", "She/PRONOUN", "Mrs Rajavi/NAME");
    }

    @Test
    void takesTitlesBeforeNamesAndAppositionsAfterThemAsRoles() {
        Analysis a = story();
        Entity president = entity(a, "Hassan Rouhani");
        assertThat(president.aliases()).containsExactly("Rouhani");
        assertThat(roles(president)).containsExactly("President");
        assertThat(mentions(president)).containsExactly("President Hassan Rouhani/NAME", "Rouhani/NAME");
        assertThat(roles(entity(a, "Arben Kola"))).containsExactly("former prime minister");
        assertThat(roles(entity(a, "Besnik Duka"))).containsExactly("Interior Minister");
        assertThat(roles(entity(a, "Reza Tabrizi"))).containsExactly("a spokesman for the group");
        assertThat(roles(entity(a, "Saeed Khatibzadeh")).get(0)).isEqualTo("The ministry's spokesman");
    }

    @Test
    void aLawmakerIsAnOfficeAndTheObjectOfAVerbOpensAnApposition() {
        Analysis a = RESOLVER.process(NamedArticle.of("Police arrested a former pro-democracy lawmaker, Lee "
                + "Cheuk-yan, on Tuesday. Labour MP Barry Sheerman said the lawmaker had been warned.")
                .all("Lee Cheuk-yan", PERSON)
                .all("Barry Sheerman", PERSON)
                .all("Labour", ORG)
                .analysis());
        assertThat(roles(entity(a, "Lee Cheuk-yan"))).containsExactly("a former pro-democracy lawmaker");
        assertThat(roles(entity(a, "Barry Sheerman"))).containsExactly("Labour MP");
    }

    @Test
    void aDescriptionBeforeACueIsNoAppositionAndAnOrganisationNamedBeforeItsHeadIsTheOneDescribed() {
        Analysis a = RESOLVER.process(NamedArticle.of("Police detained 12 people who had laid flowers for the "
                + "late opposition leader Alexei Navalny, the OVD-Info rights group said. The Kremlin-controlled "
                + "RIA Novosti agency said the Paris-based pressure group was wrong.")
                .all("Alexei Navalny", PERSON)
                .all("OVD-Info", ORG)
                .all("RIA Novosti", ORG)
                .all("Paris-based", MISC)
                .analysis());
        assertThat(mentions(entity(a, "Alexei Navalny"))).doesNotContain("the OVD-Info rights group/DESCRIPTION");
        assertThat(mentions(entity(a, "OVD-Info"))).startsWith("the OVD-Info rights group/DESCRIPTION",
                "OVD-Info/NAME");
        assertThat(mentions(entity(a, "RIA Novosti")))
                .contains("The Kremlin-controlled RIA Novosti agency/DESCRIPTION");
        assertThat(mentions(entity(a, "Paris-based"))).containsExactly("Paris-based/NAME");
    }

    @Test
    void aBodyOfAnOrganisationNamedBeforeItIsNotThatOrganisation() {
        Analysis a = RESOLVER.process(NamedArticle.of("The United Nations said aid was blocked. The United Nations "
                + "agency for refugees said schools were hit. The UN refugee agency said more would be.")
                .all("United Nations", ORG)
                .all("UN", ORG)
                .analysis());
        assertThat(mentions(entity(a, "United Nations"))).noneMatch(m -> m.endsWith("/DESCRIPTION"));
    }

    @Test
    void linksTheCampAndTheCountryByTheirKind() {
        Analysis a = story();
        assertThat(mentions(entity(a, "Ashraf-3"))).containsExactly("Ashraf-3/NAME", "the camp/DESCRIPTION",
                "Ashraf-3/NAME");
        assertThat(mentions(entity(a, "Iran"))).containsExactly("Iran/NAME", "the country/DESCRIPTION");
        assertThat(mentions(entity(a, "Tehran"))).containsExactly("Tehran/NAME", "Tehran/NAME");
    }

    @Test
    void aPlaceNamedAfterOfIsTheDescriptionsButARelatedOneIsNot() {
        Analysis a = RESOLVER.process(NamedArticle.of("TEHRAN (Tasnim) - Security forces dispersed a gathering in "
                + "the southwestern city of Ahvaz on Sunday. Rosneft, the parent company of Yugansk, said the "
                + "sale was legal.")
                .all("TEHRAN", GPE)
                .all("Tasnim", ORG)
                .all("Ahvaz", GPE)
                .all("Rosneft", ORG)
                .all("Yugansk", ORG)
                .analysis());
        assertThat(mentions(entity(a, "Ahvaz"))).containsExactly("the southwestern city/DESCRIPTION", "Ahvaz/NAME");
        assertThat(mentions(entity(a, "Tehran"))).containsExactly("TEHRAN/NAME");
        assertThat(mentions(entity(a, "Yugansk"))).containsExactly("Yugansk/NAME");
    }

    @Test
    void linksTheNetworkToTheOrganisationWithNetworkInItsName() {
        Analysis a = RESOLVER.process(NamedArticle.of("Police in Brussels arrested members of the Kurdish "
                + "Solidarity Network on Thursday, Reuters said. The network says it has 5,000 members.")
                .all("Kurdish Solidarity Network", ORG)
                .all("Brussels", GPE)
                .all("Reuters", ORG)
                .analysis());
        assertThat(mentions(entity(a, "Kurdish Solidarity Network"))).contains("The network/DESCRIPTION");
        assertThat(mentions(entity(a, "Reuters"))).containsExactly("Reuters/NAME");
    }

    @Test
    void leavesAmbiguousGenericAndExpletivePronounsUnlinkedAndOutOfMentions() {
        Analysis a = story();
        // "He said the residents were safe." follows a sentence naming two men, Kola and Duka, neither
        // its subject; "they" after "supporters" may mean them; "It was announced" refers to nothing.
        assertThat(a.mentions()).filteredOn(m -> m.kind() == MentionKind.PRONOUN).extracting(Mention::text)
                .containsExactly("He", "Its", "She", "its");
        assertThat(mentions(entity(a, "Arben Kola"))).containsExactly("Arben Kola/NAME");
        assertThat(mentions(entity(a, "Besnik Duka"))).containsExactly("Besnik Duka/NAME");
    }

    @Test
    void reportsEveryMentionOnceInTextOrderWithOffsetsIntoTheText() {
        Analysis a = story();
        List<Mention> fromEntities = a.entities().stream().flatMap(e -> e.mentions().stream()).toList();
        assertThat(a.mentions()).containsExactlyInAnyOrderElementsOf(fromEntities);
        assertThat(a.mentions()).isSortedAccordingTo(java.util.Comparator.comparingInt(Mention::start));
        for (Mention m : a.mentions()) {
            assertThat(a.textOf(m)).isEqualTo(m.text());
            assertThat(a.tokens().get(m.firstToken()).start()).isEqualTo(m.start());
            assertThat(a.tokens().get(m.endToken() - 1).end()).isEqualTo(m.end());
        }
        for (Entity e : a.entities()) {
            for (Excerpt role : e.roles()) {
                assertThat(a.article().text().substring(role.start(), role.end())).isEqualTo(role.text());
            }
        }
    }

    @Test
    void isSafeToShareBetweenThreads() {
        Analysis expected = story();
        List<Analysis> results = IntStream.range(0, 16).parallel().mapToObj(i -> story()).toList();
        assertThat(results).allSatisfy(r -> {
            assertThat(r.entities()).isEqualTo(expected.entities());
            assertThat(r.mentions()).isEqualTo(expected.mentions());
        });
    }

    @Test
    void runsInTheStandardPipelineAfterTheTextStage() {
        assertThat(Pipeline.standard().stages()).extracting(s -> s.name())
                .containsSubsequence("TextAnalyzer", "EntityResolver");
    }

    static Entity entity(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities()));
    }

    static List<String> mentions(Entity e) {
        return e.mentions().stream().map(m -> m.text() + "/" + m.kind()).toList();
    }

    static List<String> roles(Entity e) {
        return e.roles().stream().map(Excerpt::text).toList();
    }
}
