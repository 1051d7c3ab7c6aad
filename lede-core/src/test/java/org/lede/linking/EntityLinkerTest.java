package org.lede.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.lede.entities.EntityResolver;
import org.lede.entities.NamedArticle;
import org.lede.model.Analysis;
import org.lede.model.Entity;
import org.lede.model.EntityLink;
import org.lede.model.EntityLink.KnowledgeBase;
import org.lede.model.EntityType;
import org.lede.model.Mention;
import org.junit.jupiter.api.Test;

/** The linker alone, over invented stories whose names are marked by hand and grouped by the resolver. */
class EntityLinkerTest {
    private static final EntityResolver RESOLVER = new EntityResolver();
    private static final EntityLinker LINKER = new EntityLinker();

    private static Analysis linked(NamedArticle article) {
        return LINKER.process(RESOLVER.process(article.analysis()));
    }

    private static Entity named(Analysis analysis, String name) {
        return analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + analysis.entities()));
    }

    @Test
    void capitalAndCountryLinkToGeoNamesWithCoordinatesAndCountry() {
        Analysis analysis = linked(NamedArticle.of(
                        "Protesters gathered in Tirana on Monday. Albania has seen weeks of unrest.")
                .all("Tirana", EntityType.GPE).all("Albania", EntityType.GPE));
        EntityLink tirana = named(analysis, "Tirana").link();
        assertThat(tirana.kb()).isEqualTo(KnowledgeBase.GEONAMES);
        assertThat(tirana.country()).isEqualTo("AL");
        assertThat(tirana.lat()).isBetween(41.0, 41.6);
        assertThat(tirana.lon()).isBetween(19.5, 20.1);
        EntityLink albania = named(analysis, "Albania").link();
        assertThat(albania.kb()).isEqualTo(KnowledgeBase.GEONAMES);
        assertThat(albania.country()).isEqualTo("AL");
        assertThat(albania.cameo()).isEqualTo("ALB");
        assertThat(albania.id()).isNotEqualTo(tirana.id());
    }

    @Test
    void nationalityBeforeAStateBodyBecomesAnOrganisationOfThatCountry() {
        Analysis analysis = linked(NamedArticle.of("Albanian police raided the camp. The Albanian government "
                        + "defended the raid, and Albanians largely backed it.")
                .all("Albanian", EntityType.NORP).all("Albanians", EntityType.NORP));
        Entity police = named(analysis, "Albanian police");
        assertThat(police.type()).isEqualTo(EntityType.ORG);
        assertThat(police.link().kb()).isEqualTo(KnowledgeBase.CAMEO);
        assertThat(police.link().id()).isEqualTo("ALBCOP");
        assertThat(police.link().country()).isEqualTo("AL");
        assertThat(named(analysis, "Albanian government").link().id()).isEqualTo("ALBGOV");
        Entity people = named(analysis, "Albanians");
        assertThat(people.type()).isEqualTo(EntityType.NORP);
        assertThat(people.link().id()).isEqualTo("ALB");
        // Ids follow first mention again, and the mention layer holds the widened mention.
        assertThat(analysis.entities()).extracting(Entity::id).containsExactly("e1", "e2", "e3");
        assertThat(analysis.mentions()).extracting(Mention::text).contains("Albanian police");
        assertThat(analysis.mentions()).extracting(Mention::text).doesNotContain("Albanian");
    }

    @Test
    void aNationalitySeveralTerritoriesShareGoesToItsFarLargestCountry() {
        Analysis analysis = linked(NamedArticle.of("American and French officials met in Geneva.")
                .all("American", EntityType.NORP).all("French", EntityType.NORP));
        assertThat(named(analysis, "American").link().country()).isEqualTo("US");
        assertThat(named(analysis, "French").link().id()).isEqualTo("FRA");
    }

    @Test
    void aCountrysAdjectiveLeftUntypedIsANationality() {
        Analysis analysis = linked(NamedArticle.of("Saudi officials met the Booker Prize jury.")
                .all("Saudi", EntityType.MISC).all("Booker Prize", EntityType.MISC));
        Entity saudi = named(analysis, "Saudi");
        assertThat(saudi.type()).isEqualTo(EntityType.NORP);
        assertThat(saudi.link().id()).isEqualTo("SAU");
        assertThat(named(analysis, "Booker Prize").type()).isEqualTo(EntityType.MISC);
        assertThat(named(analysis, "Booker Prize").link()).isNull();
    }

    @Test
    void nationalityBeforeAPersonStaysANationality() {
        Analysis analysis = linked(NamedArticle.of("An Albanian minister resigned on Friday.")
                .all("Albanian", EntityType.NORP));
        Entity albanian = named(analysis, "Albanian");
        assertThat(albanian.type()).isEqualTo(EntityType.NORP);
        assertThat(albanian.link().id()).isEqualTo("ALB");
    }

    @Test
    void ambiguousPlaceListsItsCandidatesInsteadOfGuessing() {
        Analysis analysis = linked(NamedArticle.of("Floods hit Hyderabad after days of rain.")
                .all("Hyderabad", EntityType.GPE));
        Entity hyderabad = named(analysis, "Hyderabad");
        assertThat(hyderabad.link()).isNull();
        assertThat(hyderabad.linkCandidates()).extracting(EntityLink::country).contains("IN", "PK");
        assertThat(hyderabad.linkCandidates().get(0).country()).isEqualTo("IN"); // most populous first
    }

    @Test
    void aCountryTheArticleNamesSettlesAnAmbiguousPlace() {
        Analysis analysis = linked(NamedArticle.of("Floods hit Hyderabad after days of rain, officials "
                        + "in Pakistan said.")
                .all("Hyderabad", EntityType.GPE).all("Pakistan", EntityType.GPE));
        assertThat(named(analysis, "Hyderabad").link().country()).isEqualTo("PK");
        assertThat(named(analysis, "Hyderabad").linkCandidates()).isEmpty();
    }

    @Test
    void aSmallTownOutsideTheCountriesTheArticleNamesIsNoLink() {
        Analysis analysis = linked(NamedArticle.of("Shops in Kinross and Wales closed early, the statistics "
                        + "office in Britain said.")
                .all("Kinross", EntityType.GPE).all("Wales", EntityType.GPE).all("Britain", EntityType.GPE));
        assertThat(named(analysis, "Wales").link().country()).isEqualTo("GB");
        assertThat(named(analysis, "Kinross").link()).isNull();
        assertThat(named(analysis, "Kinross").linkCandidates()).isEmpty();
        // Where the article names no country, the one Kinross there is still is one.
        Analysis alone = linked(NamedArticle.of("Shops in Kinross closed early.").all("Kinross", EntityType.GPE));
        assertThat(named(alone, "Kinross").link()).isNotNull();
        // A region elsewhere stays: a report naming France still means England.
        Analysis match = linked(NamedArticle.of("England beat France at Twickenham.")
                .all("England", EntityType.GPE).all("France", EntityType.GPE));
        assertThat(named(match, "England").link().country()).isEqualTo("GB");
    }

    @Test
    void aRegionNamedByAPlainWordForPartOfAnyLandIsMeantOnlyInACountryTheArticleNames() {
        Analysis iran = linked(NamedArticle.of("Iran seized a tanker in the Gulf.")
                .all("Iran", EntityType.GPE).all("Gulf", EntityType.LOC));
        assertThat(named(iran, "Gulf").link()).isNull();
        assertThat(named(iran, "Gulf").linkCandidates()).isEmpty();
        Analysis nigeria = linked(NamedArticle.of("Troops patrolled Delta in southern Nigeria.")
                .all("Nigeria", EntityType.GPE).all("Delta", EntityType.GPE));
        assertThat(named(nigeria, "Delta").link().country()).isEqualTo("NG");
    }

    @Test
    void aNationalCapitalWinsOverItsNamesakesUnlessTheArticleSaysOtherwise() {
        Analysis alone = linked(NamedArticle.of("Clashes broke out in Tripoli overnight.")
                .all("Tripoli", EntityType.GPE));
        assertThat(named(alone, "Tripoli").link().country()).isEqualTo("LY");
        Analysis lebanese = linked(NamedArticle.of("Clashes broke out in Tripoli overnight, Lebanese "
                        + "officials said.")
                .all("Tripoli", EntityType.GPE).all("Lebanese", EntityType.NORP));
        assertThat(named(lebanese, "Tripoli").link().country()).isEqualTo("LB");
        // London, Ontario is in a country the story names, but the British capital is twenty times its size.
        Analysis canadian = linked(NamedArticle.of("Canadian and American officials met in London.")
                .all("London", EntityType.GPE).all("Canadian", EntityType.NORP)
                .all("American", EntityType.NORP));
        assertThat(named(canadian, "London").link().country()).isEqualTo("GB");
    }

    @Test
    void relativePlacesStayTextAndFacilitiesGetNoGuessedCoordinates() {
        Analysis analysis = linked(NamedArticle.of("Camp Ashraf-3 lies some 30 kilometres northwest of "
                        + "the capital, Tirana.")
                .all("Camp Ashraf-3", EntityType.FAC).all("Tirana", EntityType.GPE));
        assertThat(named(analysis, "Camp Ashraf-3").link()).isNull();
        assertThat(named(analysis, "Camp Ashraf-3").linkCandidates()).isEmpty();
        assertThat(analysis.entities()).extracting(Entity::name)
                .noneMatch(name -> name.contains("northwest"));
    }

    @Test
    void organisationsAndArmedGroupsLinkToCameoActors() {
        Analysis analysis = linked(NamedArticle.of("The United Nations condemned the attack, which the "
                        + "Abu Nidal Organization claimed. Hamas denied any role.")
                .all("United Nations", EntityType.ORG).all("Abu Nidal Organization", EntityType.ORG)
                .all("Hamas", EntityType.ORG));
        assertThat(named(analysis, "United Nations").link().id()).isEqualTo("IGOUNO");
        assertThat(named(analysis, "United Nations").link().country()).isNull();
        assertThat(named(analysis, "Abu Nidal Organization").link().id()).startsWith("IMG");
        assertThat(named(analysis, "Hamas").link().kb()).isEqualTo(KnowledgeBase.CAMEO);
    }

    @Test
    void unknownNamesAndPeopleStayUnlinked() {
        Analysis analysis = linked(NamedArticle.of("Behrouz Sadeghi spoke for the Zorvani Relief Trust.")
                .all("Behrouz Sadeghi", EntityType.PERSON).all("Zorvani Relief Trust", EntityType.ORG));
        assertThat(analysis.entities()).allSatisfy(entity -> {
            assertThat(entity.link()).isNull();
            assertThat(entity.linkCandidates()).isEmpty();
        });
    }

    @Test
    void anArticleWithNothingToLinkIsReturnedAsItWas() {
        Analysis resolved = RESOLVER.process(NamedArticle.of("Behrouz Sadeghi spoke on Friday.")
                .all("Behrouz Sadeghi", EntityType.PERSON).analysis());
        assertThat(LINKER.process(resolved)).isSameAs(resolved);
        assertThat(List.of(LINKER.name())).containsExactly("EntityLinker");
    }
}
