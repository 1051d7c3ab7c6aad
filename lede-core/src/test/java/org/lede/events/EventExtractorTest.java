package org.lede.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Event;
import org.lede.model.Event.Bounds;
import org.lede.model.Event.Casualty;
import org.lede.model.Event.Modality;
import org.lede.model.EventArgument;
import org.lede.model.Excerpt;
import org.lede.pipeline.Pipeline;
import org.lede.pipeline.Stage;
import org.lede.source.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * The event layer end to end: invented agency stories under {@code src/test/resources/org/lede/events/} run
 * through the standard pipeline, and each event is checked against what a reader of the story would code.
 */
class EventExtractorTest {
    private static final Path STORIES = Path.of("src/test/resources/org/lede/events");
    private static final Pipeline PIPELINE = Pipeline.standard();

    @Test
    void standardPipelineRunsTheEventStageAfterTheLayersItReads() {
        List<String> names = PIPELINE.stages().stream().map(Stage::name).toList();
        assertThat(names.indexOf("EventExtractor")).isGreaterThan(names.indexOf("QuantityTagger"))
                .isGreaterThan(names.indexOf("QuoteAttributor")).isGreaterThan(names.indexOf("TimeTagger"));
    }

    @Test
    void policeRaidWithCasualtiesIsOneEventWithItsCounts() {
        Analysis analysis = story("police-raid", "2024-03-05");
        assertThat(analysis.events()).hasSize(1);
        Event raid = analysis.events().get(0);
        assertThat(raid.code()).isEqualTo("190");
        assertThat(raid.type()).isEqualTo("FIGHT");
        assertThat(raid.goldstein()).isEqualTo(-10.0);
        assertThat(raid.trigger().text()).isEqualTo("raided");
        // "the gunfight" and "the raid" later in the story are the same occurrence, not new events
        assertThat(raid.mentions()).extracting(Excerpt::text).containsExactly("raided", "gunfight", "raid");
        assertThat(raid.actor().text()).isEqualTo("Afghan police");
        assertThat(raid.target().text()).isEqualTo("a compound belonging to the Haqqani Network");
        assertThat(nameOf(analysis, raid.target())).isEqualTo("Haqqani Network");
        assertThat(nameOf(analysis, raid.place())).isEqualTo("Sangin");
        assertThat(raid.time().value()).isEqualTo("2024-03-04");
        assertThat(raid.counts()).containsEntry(Casualty.KILLED, new Bounds(3.0, null))
                .containsEntry(Casualty.INJURED, new Bounds(5.0, 5.0));
        assertThat(raid.quote()).isNull();
        assertThat(raid.modality()).isEqualTo(Modality.HAPPENED);
    }

    @Test
    void aNounAfterAPossessivePronounRetellsTheEventAsTheDoes() {
        Analysis analysis = analyse("Gunmen assassinated the former prime minister in Beirut on Monday. "
                + "His assassination sent shudders through the business community.");
        assertThat(analysis.events()).hasSize(1);
        assertThat(analysis.events().get(0).mentions()).extracting(Excerpt::text)
                .containsExactly("assassinated", "assassination");
    }

    @Test
    void expulsionAndTheThreatOfOneInReturnAreTwoEvents() {
        Analysis analysis = story("expulsion", "2024-05-17");
        assertThat(analysis.events()).extracting(Event::code).containsExactly("174", "174");
        Event expulsion = analysis.events().get(0);
        assertThat(nameOf(analysis, expulsion.actor())).isEqualTo("Austria");
        assertThat(expulsion.target().text()).isEqualTo("four Russian diplomats");
        assertThat(expulsion.mentions()).extracting(Excerpt::text).containsExactly("expelled", "expulsions");
        assertThat(expulsion.time().value()).isEqualTo("2024-05-16");
        assertThat(expulsion.modality()).isEqualTo(Modality.HAPPENED);

        Event threat = analysis.events().get(1);
        assertThat(nameOf(analysis, threat.actor())).isEqualTo("Moscow");
        assertThat(threat.modality()).isEqualTo(Modality.PLANNED);
    }

    @Test
    void seizureOfEquipmentHasItsPlaceAndIsStatedByTheAgency() {
        Analysis analysis = story("seizure", "2024-02-10");
        assertThat(analysis.events()).hasSize(1);
        Event seizure = analysis.events().get(0);
        assertThat(seizure.code()).isEqualTo("1711");
        assertThat(seizure.type()).isEqualTo("COERCE");
        assertThat(seizure.actor().text()).isEqualTo("Nigerian customs officers");
        assertThat(seizure.target().text()).isEqualTo("40 containers of military equipment");
        assertThat(nameOf(analysis, seizure.place())).isEqualTo("Apapa");
        assertThat(seizure.time().value()).isEqualTo("2024-02-09");
        // "…, the Customs Service said": the seizure is the agency's claim, not the outlet's
        assertThat(seizure.quote()).isNotNull();
        assertThat(analysis.quotes()).anySatisfy(q -> assertThat(q.id()).isEqualTo(seizure.quote()));
    }

    @Test
    void courtRulingNamesTheCourtAndTheJailedJournalistIsNoArrestEvent() {
        Analysis analysis = story("court-ruling", "2024-01-17");
        assertThat(analysis.events()).hasSize(1);
        Event ruling = analysis.events().get(0);
        assertThat(ruling.trigger().text()).isEqualTo("ruled");
        assertThat(ruling.code()).isEqualTo("173");
        assertThat(nameOf(analysis, ruling.actor())).isEqualTo("European Court of Human Rights");
        assertThat(ruling.time().value()).isEqualTo("2024-01-16");
    }

    @Test
    void allianceOfTwentyFiveYearsAgoIsHistorical() {
        Analysis analysis = story("historical-alliance", "2024-04-02");
        assertThat(analysis.events()).hasSize(1);
        Event alliance = analysis.events().get(0);
        assertThat(alliance.code()).isEqualTo("050");
        assertThat(alliance.goldstein()).isPositive();
        assertThat(nameOf(analysis, alliance.actor())).isEqualTo("Nationalist Movement Party");
        assertThat(alliance.time().value()).isEqualTo("1998");
        assertThat(alliance.modality()).isEqualTo(Modality.HISTORICAL);
    }

    @Test
    void deniedShellingIsDeniedAndKeepsTheVillageAsTarget() {
        Analysis analysis = story("denial", "2024-06-11");
        assertThat(analysis.events()).hasSize(1);
        Event shelling = analysis.events().get(0);
        assertThat(shelling.code()).isEqualTo("194");
        assertThat(shelling.modality()).isEqualTo(Modality.DENIED);
        assertThat(shelling.target().text()).isEqualTo("the village of Kfar Hamam");
        assertThat(nameOf(analysis, shelling.target())).isEqualTo("Kfar Hamam");
        assertThat(shelling.time().value()).isEqualTo("2024-06-09");
    }

    @Test
    void conditionalAttackIsHypotheticalAndACountWithoutAnActOfForceIsLeftOut() {
        Analysis analysis = PIPELINE.analyze(Article.of("Officials warned on Monday that militants could attack "
                + "the airport. Separately, three people were killed in a road accident near Kandahar.")
                .withPublished(LocalDate.parse("2024-03-05")));
        assertThat(analysis.events()).hasSize(1);
        Event attack = analysis.events().get(0);
        assertThat(attack.actor().text()).isEqualTo("militants");
        assertThat(attack.target().text()).isEqualTo("the airport");
        assertThat(attack.modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(attack.counts()).isEmpty();
        assertThat(only(analyse("Police raided the depot on Monday. Two people died when a train derailed nearby."))
                .counts()).as("a derailment is no act of force").isEmpty();
    }

    @Test
    void aPowerOrAPossibilityIsHypotheticalAndGoingToIsAPlan() {
        assertThat(only(analyse("Under the law, suspects can be detained for 28 days.")).modality())
                .isEqualTo(Modality.HYPOTHETICAL);
        assertThat(only(analyse("Militants were unable to attack the base.")).modality())
                .isEqualTo(Modality.HYPOTHETICAL);
        assertThat(only(analyse("Police must arrest anyone who refuses.")).modality())
                .isEqualTo(Modality.HYPOTHETICAL);
        assertThat(only(analyse("Those without papers are going to be detained.")).modality())
                .isEqualTo(Modality.PLANNED);
        assertThat(only(analyse("Anyone convicted of selling the game to a child faces a fine.")).modality())
                .as("a rule for whoever it befalls").isEqualTo(Modality.HYPOTHETICAL);
        assertThat(only(analyse("Peers are angry at the house arrest proposals.")).modality())
                .isEqualTo(Modality.PLANNED);
        assertThat(only(analyse("The bill gives ministers new detention powers.")).modality())
                .isEqualTo(Modality.HYPOTHETICAL);
        assertThat(only(analyse("Police detained two men in Leeds on Monday.")).modality())
                .isEqualTo(Modality.HAPPENED);
        assertThat(only(analyse("Rebels were able to attack the base on Monday.")).modality())
                .as("what they managed to do, they did").isEqualTo(Modality.HAPPENED);
    }

    @Test
    void anEventNounBeforeAModalIsAheadOfTheTellingUnlessToldBefore() {
        assertThat(only(analyse("The minister said more arrests would follow.")).modality())
                .isEqualTo(Modality.PLANNED);
        assertThat(only(analyse("Rebels said bombings could resume next week.")).modality())
                .isEqualTo(Modality.HYPOTHETICAL);
        assertThat(only(analyse("A court in Oslo ruled against the site, and music bosses said the ruling would "
                + "help build confidence.")).modality()).as("the ruling was told before").isEqualTo(Modality.HAPPENED);
        assertThat(only(analyse("The men arrested will appear in court on Monday.")).modality())
                .as("a participle: the arrest happened").isEqualTo(Modality.HAPPENED);
    }

    @Test
    void theDeadOfAShootingAndTheArrestsOfADispersalAreCounted() {
        Event shooting = only(analyse("Amnesty said at least two protesters were shot dead and dozens wounded when "
                + "security forces used live ammunition."));
        assertThat(shooting.counts()).containsEntry(Casualty.KILLED, new Bounds(2.0, null))
                .containsEntry(Casualty.INJURED, new Bounds(24.0, null));
        Event arrests = only(analyse("Security forces dispersed a gathering in Ahvaz, arresting at least 15 people."));
        assertThat(arrests.code()).isEqualTo("173");
        assertThat(arrests.counts()).containsEntry(Casualty.ARRESTED, new Bounds(15.0, null));
        assertThat(analyse("The arresting officers said he was calm.").events()).isEmpty();
    }

    @Test
    void aModalBeforeAnEventTheSpeakerPointsAtIsNotTheEventsOwn() {
        Event crackdown = only(analyse("\"The authorities must immediately end this brutal crackdown,\" she said."));
        assertThat(crackdown.modality()).isEqualTo(Modality.HAPPENED);
        assertThat(only(analyse("Police may raid the camp.")).modality()).isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void anArrestMadeBeforeTheActItFollowsAndTheConvictionOfTheOneArrestedAreEventsOfTheirOwn() {
        Analysis analysis = analyse("Sorokin, 41, a former aide to the opposition leader Alexei Navalny, was "
                + "arrested in April 2022 after criticising the army's offensive in Ukraine. A Moscow court found him "
                + "guilty of treason on Wednesday.");
        assertThat(analysis.events()).extracting(e -> e.trigger().text())
                .containsExactlyInAnyOrder("arrested", "offensive", "guilty");
        Event arrest = analysis.events().stream().filter(e -> e.trigger().text().equals("arrested")).findFirst()
                .orElseThrow();
        assertThat(arrest.target().text()).as("read past the description, 'to' and all").isEqualTo("Sorokin");
    }

    @Test
    void whoArrestedPeopleInRaidsIsWhoRaided() {
        Event raids = only(analyse("Turkish police detained 43 people on Thursday in raids across 12 provinces."));
        assertThat(raids.trigger().text()).isEqualTo("raids");
        assertThat(raids.actor().text()).isEqualTo("Turkish police");
        assertThat(raids.counts()).containsEntry(Casualty.ARRESTED, new Bounds(43.0, 43.0));
    }

    @Test
    void aDateOrAnAcronymInBracketsBetweenTheSubjectAndItsVerbIsPassedOver() {
        Event raid = only(analyse("Albanian police on Tuesday raided a camp of the group."));
        assertThat(raid.actor().text()).isEqualTo("Albanian police");
        assertThat(raid.time().text()).isEqualTo("Tuesday");
        Event arrest = only(analyse("Police, late on Monday, detained five men in Tirana."));
        assertThat(arrest.actor().text()).isEqualTo("Police");
        Event bracketed = only(analyse("The Central Reserve Police Force (CRPF) raided a camp."));
        assertThat(bracketed.actor().text()).isEqualTo("The Central Reserve Police Force");
        Event both = only(analyse("The Central Reserve Police Force (CRPF) on Wednesday raided a camp."));
        assertThat(both.actor().text()).isEqualTo("The Central Reserve Police Force");
    }

    @Test
    void aSecondVerbInAnIrregularPastSharesTheSubjectAndWhatTheObjectIsMadeIsNoPartOfIt() {
        List<Event> events = analyse("Gunmen hijacked a bus near Korva on Tuesday and took 16 passengers hostage.")
                .events();
        Event hostages = events.stream().filter(e -> e.trigger().text().equals("took")).findFirst().orElseThrow();
        assertThat(hostages.actor().text()).isEqualTo("Gunmen");
        assertThat(hostages.target().text()).isEqualTo("16 passengers");
    }

    @Test
    void aSecondVerbAfterTheFirstVerbsObjectSharesItsSubjectNotItsObject() {
        List<Event> events = analyse("Albanian police raided a camp of the group and seized computers.").events();
        Event seizure = events.stream().filter(e -> e.code().equals("1711")).findFirst().orElseThrow();
        assertThat(seizure.actor().text()).isEqualTo("Albanian police");
        assertThat(seizure.target().text()).isEqualTo("computers");
        Event passed = only(analyse("Soldiers killed seven suspected rebels and seized 40 rifles."));
        assertThat(passed.actor().text()).as("past the participle 'suspected'").isEqualTo("Soldiers");
    }

    @Test
    void whoKilledOrArrestedInAFightOrAnAttackIsOneSideAndWhomTheOther() {
        Event gunfight = only(analyse("Security forces killed seven suspected Maoist rebels and arrested four "
                + "others in a gunfight on Thursday."));
        assertThat(gunfight.actor().text()).isEqualTo("Security forces");
        assertThat(gunfight.target().text()).isEqualTo("four others");
        Event clashes = only(analyse("Police arrested four men in clashes in the city."));
        assertThat(clashes.actor().text()).isEqualTo("Police");
        assertThat(clashes.target().text()).isEqualTo("four men");
        assertThat(only(analyse("Two soldiers were wounded in the gunfight.")).actor())
                .as("who was wounded may have fought on either side").isNull();
        Event strikes = only(analyse("Turkish security forces \"neutralized\" 12 PKK terrorists in air strikes in "
                + "northern Iraq."));
        assertThat(strikes.actor().text()).isEqualTo("Turkish security forces");
        assertThat(strikes.target().text()).isEqualTo("PKK terrorists");
    }

    @Test
    void anAgeBetweenANameAndItsRelativeBelongsToTheName() {
        Analysis analysis = analyse("His killer, Warren Leblanc, 17 - who was jailed for life in September - "
                + "had copied the game.");
        Event jailing = analysis.events().stream().filter(e -> e.trigger().text().equals("jailed")).findFirst()
                .orElseThrow();
        assertThat(jailing.target().text()).isEqualTo("Warren Leblanc");
    }

    @Test
    void seizingOnARemarkOrTheInitiativeIsNoSeizure() {
        assertThat(analyse("The opposition leader seized on the report at question time.").events()).isEmpty();
        assertThat(analyse("It was an attempt to seize back the initiative from the chancellor.").events()).isEmpty();
        assertThat(only(analyse("Customs officers seized 40 rifles on Tuesday.")).code()).isEqualTo("1711");
        assertThat(only(analyse("Gunmen attacked the checkpoint the moment the gate opened.")).code()).isEqualTo("190");
    }

    @Test
    void toRuleAsAGovernmentIsNoCourtRuling() {
        assertThat(analyse("She said Hong Kong was a society ruled by law.").events()).isEmpty();
        assertThat(analyse("The party has ruled the country since 1991.").events()).isEmpty();
        assertThat(analyse("The emperor ruled for 40 years.").events()).isEmpty();
        assertThat(only(analyse("The House of Lords ruled by an eight to one majority in favour of the men."))
                .code()).isEqualTo("173");
        assertThat(only(analyse("A judge ruled against the government on Monday.")).code()).isEqualTo("173");
    }

    @Test
    void anOrderToLeaveTheCountryIsAnExpulsionAndANeededWordMayStandFurtherInsideTheClause() {
        Event expulsion = only(analyse("Ethiopia on Thursday ordered seven senior United Nations officials to leave "
                + "the country within 72 hours."));
        assertThat(expulsion.code()).isEqualTo("174");
        assertThat(expulsion.actor().text()).isEqualTo("Ethiopia");
        assertThat(expulsion.target().text()).isEqualTo("seven senior United Nations officials");
        assertThat(analyse("The general ordered the troops to withdraw from the town.").events()).isEmpty();
        assertThat(analyse("The minister ordered an inquiry, and officials were told to leave the files.").events())
                .as("a comma ends the clause").isEmpty();
    }

    @Test
    void aRetellingNearAPlaceInsideTheFirstPlaceOrWithAnUnresolvedDateIsTheSameEvent() {
        Analysis nearer = analyse("Gunmen attacked a checkpoint in Bagram on Monday. Officials said the attack "
                + "near Bagram Airfield had been planned for weeks.");
        assertThat(only(nearer).mentions()).extracting(Excerpt::text).containsExactly("attacked", "attack");
        // without a publication date "today's" has no value, which says nothing against the first date
        Analysis undated = PIPELINE.analyze(Article.of("Gunmen attacked a checkpoint in Kandahar on 3 March 2024. "
                + "The minister condemned today's attack."));
        assertThat(only(undated).mentions()).extracting(Excerpt::text).containsExactly("attacked", "attack");
    }

    @Test
    void aWordAfterANameWithADeterminerIsANounThatRetellsItsEvent() {
        Event raid = only(analyse("Gunmen raided a hotel in Kabul on Monday. Police said the Kabul attack had "
                + "lasted four hours."));
        assertThat(raid.mentions()).extracting(Excerpt::text).containsExactly("raided", "attack");
        assertThat(raid.actor().text()).isEqualTo("Gunmen");
    }

    @Test
    void aPlaceBeforeAboutOrOverLocatesTheWordBeforeNotTheEventNoun() {
        assertThat(only(analyse("Officials voiced frustration in London about the bombing.")).place()).isNull();
        assertThat(only(analyse("Three soldiers were wounded in Kandahar in a bombing.")).place().text())
                .isEqualTo("Kandahar");
    }

    @Test
    void aClashWithProtestersIsAViolentProtestAndOneBetweenArmedSidesAFight() {
        Event riot = only(analyse("Protesters clashed with police in Caracas on Monday."));
        assertThat(riot.code()).isEqualTo("145");
        assertThat(riot.type()).isEqualTo("PROTEST");
        assertThat(riot.actor().text()).isEqualTo("Protesters");
        assertThat(only(analyse("Police clashed with stone-throwing demonstrators in the capital.")).code())
                .isEqualTo("145");
        assertThat(only(analyse("Rebels clashed with troops near the border on Monday.")).code()).isEqualTo("190");
    }

    @Test
    void aBareNounAProhibitionGovernsIsAKindOfActNotOneThatTookPlace() {
        assertThat(analyse("On Thursday the government issued a ban on public gatherings and protests.").events())
                .isEmpty();
        assertThat(analyse("The city council banned protests near the parliament.").events()).isEmpty();
        assertThat(only(analyse("Thousands joined protests in the capital despite the ban.")).code())
                .isEqualTo("140");
    }

    @Test
    void untilEndsTheObject() {
        Event shelling = only(analyse("Government forces bombarded the villagers until they agreed to leave."));
        assertThat(shelling.target().text()).isEqualTo("the villagers");
    }

    @Test
    void aCapitalisedVerbIsAnEventInAHeadlineInTitleCaseButNotInATitleInsideASentence() {
        Event conviction = only(analyse("Court Convicts Former Mayor of Kiev\n\nThe trial lasted a week."));
        assertThat(conviction.code()).isEqualTo("173");
        assertThat(conviction.trigger().text()).isEqualTo("Convicts");
        assertThat(analyse("She starred in Arrested Development for three seasons.").events()).isEmpty();
    }

    @Test
    void theMonthMayIsNoModal() {
        assertThat(analyse("In May, she was arrested and charged with treason.").events()).isNotEmpty()
                .extracting(Event::modality).containsOnly(Modality.HAPPENED);
        assertThat(only(analyse("Police may arrest the protesters.")).modality()).isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void passiveGivesTheAgentAfterByAsActorAndTheSubjectAsTarget() {
        Event raid = only(analyse("The camp was raided by Albanian police on Tuesday."));
        assertThat(raid.actor().text()).isEqualTo("Albanian police");
        assertThat(raid.target().text()).isEqualTo("The camp");
        assertThat(raid.time().value()).isEqualTo("2024-03-05");
    }

    @Test
    void participleAfterItsNounIsPassiveAndItsCountIsTheArrest() {
        Event arrest = only(analyse("A court freed 12 protesters detained last week."));
        assertThat(arrest.code()).isEqualTo("173");
        assertThat(arrest.actor()).as("the protesters did not detain anyone").isNull();
        assertThat(arrest.target().text()).isEqualTo("protesters");
        assertThat(arrest.counts()).containsEntry(Casualty.ARRESTED, new Bounds(12.0, 12.0));
    }

    @Test
    void anArrestForAnActOfForceIsAnEventOfItsOwnAndOneInItIsItsCount() {
        List<Event> after = analyse("Police arrested 12 people on Sunday in connection with the bombing.").events();
        Event arrest = after.stream().filter(e -> e.code().equals("173")).findFirst().orElseThrow();
        assertThat(arrest.counts()).containsEntry(Casualty.ARRESTED, new Bounds(12.0, 12.0));
        assertThat(analyse("Police detained four men over the stabbing.").events()).extracting(Event::code)
                .contains("173");
        Event raid = only(analyse("Police raided the camp and arrested over 12 people."));
        assertThat(raid.code()).as("arrests made in the raid").isEqualTo("190");
        assertThat(raid.counts()).containsKey(Casualty.ARRESTED);
    }

    @Test
    void subjectIsReadPastWhereItIsAndPastAVerbThatOnlyStartsTheAction() {
        assertThat(only(analyse("Protesters in Tehran ransacked the embassy.")).actor().text())
                .isEqualTo("Protesters");
        assertThat(only(analyse("Government troops began shelling the town.")).actor().text())
                .isEqualTo("Government troops");
    }

    @Test
    void placeOfATargetedCampIsTakenFromTheSentenceThatDescribesIt() {
        Analysis named = analyse("Police raided a camp run by the group on Tuesday. The camp, known as Ashraf-3, "
                + "lies some 30 kilometres northwest of Tirana. It houses 3,000 people.");
        Event raid = only(named);
        assertThat(raid.place().text()).as("the camp itself, by its name").isEqualTo("The camp, known as Ashraf-3");
        assertThat(nameOf(named, raid.place())).isEqualTo("Ashraf-3");
        assertThat(only(analyse("Police raided a camp run by the group on Tuesday. The camp lies some 30 "
                + "kilometres northwest of Tirana.")).place().text()).as("unnamed: the place it lies by")
                .isEqualTo("Tirana");
        assertThat(only(analyse("Police raided a camp on Tuesday. A camp near Durres was closed last year."))
                .place()).as("only a sentence about the same camp").isNull();
    }

    @Test
    void thePossessorOfAKillingOrArrestUnderwentItUnlessOfNamesWhoDid() {
        Analysis murder = analyse("Police investigating Stefan Pakeerah's murder in Leicester made an arrest.");
        Event killing = murder.events().stream().filter(e -> e.code().equals("1823")).findFirst().orElseThrow();
        assertThat(killing.actor()).isNull();
        assertThat(nameOf(murder, killing.target())).isEqualTo("Stefan Pakeerah");
        Event offensive = only(analyse("The army's attack on the camp was condemned."));
        assertThat(offensive.actor().text()).isEqualTo("The army");
        Analysis of = analyse("The army's arrest of the journalist Ayse Demir was condemned.");
        assertThat(only(of).actor().text()).isEqualTo("The army");
        assertThat(nameOf(of, only(of).target())).isEqualTo("Ayse Demir");
    }

    @Test
    void aWordThatSaysWhatKindOfEventItIsIsNoParticipantTheRulesLeftOutNorOneTheModelAddsBack() {
        Event arrest = only(analyse("The prime minister has defended measures to allow house arrest without trial."));
        assertThat(arrest.target()).isNull();
        assertThat(arrest.actor()).isNull();
    }

    @Test
    void anAdverbOrModalBeforeThePassiveIsSkippedAndHouseArrestIsNoTarget() {
        assertThat(only(analyse("Householders are only prosecuted in extreme cases.")).target().text())
                .isEqualTo("Householders");
        assertThat(only(analyse("The suspects were placed under house arrest.")).target()).isNull();
    }

    @Test
    void twoVerbsJoinedByAndShareTheObjectAfterTheSecond() {
        Event ransacking = only(analyse("Protesters ransacked and burned the embassy on Sunday."));
        assertThat(ransacking.actor().text()).isEqualTo("Protesters");
        assertThat(ransacking.target().text()).isEqualTo("the embassy");
    }

    @Test
    void aBombThatExplodedIsTheInstrumentNotTheActorOrTarget() {
        Event blast = only(analyse("Two bombs exploded outside a market in Quetta on Friday."));
        assertThat(blast.code()).isEqualTo("183");
        assertThat(blast.actor()).isNull();
        assertThat(blast.target()).isNull();
        assertThat(blast.instrument().text()).isEqualTo("bombs");
    }

    @Test
    void aPhraseAfterOfAndANounBelongsToTheNounWhoUnderwentOrDidTheAct() {
        Event detention = only(analyse("Supporters of the former president were detained in Durres on Monday."));
        assertThat(detention.target().text()).isEqualTo("Supporters of the former president");
        assertThat(only(analyse("Dozens of protesters were arrested in the capital.")).target().text())
                .isEqualTo("Dozens of protesters");
        assertThat(only(analyse("Three senior members of the Workers' Party were arrested on Monday.")).target().text())
                .isEqualTo("Three senior members of the Workers' Party");
        assertThat(only(analyse("The leader of the party was arrested on Monday.")).target().text())
                .isEqualTo("The leader of the party");
        assertThat(only(analyse("Three villages north of the capital were shelled on Monday.")).target().text())
                .isEqualTo("Three villages north of the capital");
        assertThat(only(analyse("Leftists known to be sympathetic to ETA were arrested in Madrid.")).target().text())
                .isEqualTo("Leftists known to be sympathetic to ETA");
        assertThat(only(analyse("Officers loyal to the general were detained.")).target().text())
                .isEqualTo("Officers loyal to the general");
    }

    @Test
    void whoUnderwentAnActIsReadPastThePlaceTheyAreFrom() {
        Event arrest = only(analyse("A man from Leicester was arrested on Monday."));
        assertThat(arrest.target().text()).isEqualTo("A man");
        assertThat(arrest.place()).as("where he is from, not where he was arrested").isNull();
        assertThat(only(analyse("Vishwanand Subryan, 23, of Schenectady, New York, was charged with manslaughter."))
                .target().text()).isEqualTo("Vishwanand Subryan");
    }

    @Test
    void whoAThreatWasGivenToIsItsTarget() {
        Event warning = analyse("Telephoned warnings were given to the police before the bomb exploded.").events()
                .stream().filter(e -> e.code().equals("130")).findFirst().orElseThrow();
        assertThat(warning.target().text()).isEqualTo("the police");
    }

    @Test
    void fireThatIsOpenedIsPartOfTheEventAndWhatItIsOpenedOnTheTarget() {
        Event firing = only(analyse("Soldiers opened fire on protesters in the square."));
        assertThat(firing.actor().text()).isEqualTo("Soldiers");
        assertThat(firing.target().text()).isEqualTo("protesters");
        assertThat(only(analyse("The gunman entered the office and opened fire.")).target()).isNull();
    }

    @Test
    void riotersActAndATotalOfThingsIsWhatWasSeized() {
        assertThat(only(analyse("Greek rioters attacked a ministry building in Athens.")).actor().text())
                .isEqualTo("Greek rioters");
        assertThat(only(analyse("Customs officers confiscated a total of 14 rifles.")).target().text())
                .isEqualTo("a total of 14 rifles");
    }

    @Test
    void aParticipleAfterACommaWithBySomeoneIsAPassiveDescribingThePhraseBefore() {
        Event shooting = analyse("The alleged killer, Cherif Chekatt – shot dead by police – had pledged allegiance "
                + "to the group.").events().stream().filter(e -> e.trigger().text().equals("shot")).findFirst()
                .orElseThrow();
        assertThat(shooting.actor().text()).isEqualTo("police");
        assertThat(shooting.target().text()).isEqualTo("Cherif Chekatt");
        Event ambush = only(analyse("The convoy, ambushed by rebels near the border, turned back."));
        assertThat(ambush.actor().text()).isEqualTo("rebels");
        assertThat(ambush.target().text()).isEqualTo("The convoy");
    }

    @Test
    void aDescriptionBetweenCommasBeforeTheVerbIsReadPastToItsSubject() {
        assertThat(only(analyse("The protesters, members of the Kurdish Solidarity Network, were arrested on "
                + "Thursday.")).target().text()).isEqualTo("The protesters");
        assertThat(only(analyse("The general, a veteran of two campaigns, was detained in Tirana.")).target().text())
                .isEqualTo("The general");
        assertThat(only(analyse("Mr Mubanga, 29, from north London, was detained in Zambia.")).target().text())
                .as("an age before the description").isEqualTo("Mr Mubanga");
        assertThat(only(analyse("In the capital, where clashes were reported, two men were arrested.")).target()
                .text()).as("a clause between commas is no description of the subject").isEqualTo("two men");
    }

    @Test
    void theAgentOfCarriedOutByIsReadPastAnAsideAfterTheEventNoun() {
        Event attacks = only(analyse("The attacks, some of them deadly, were carried out by militants from the north."));
        assertThat(attacks.actor().text()).isEqualTo("militants");
        assertThat(only(analyse("The raid, which lasted an hour, was condemned by the opposition.")).actor())
                .as("a verb that judges the event does not say who did it").isNull();
    }

    @Test
    void aNameBeforeAnEventNounIsItsActorWithoutTheArticleUnlessTheNameIsAnUnknownOrganisationAfterThe() {
        assertThat(only(analyse("A Hamas attack wounded five soldiers.")).actor().text()).isEqualTo("Hamas");
        assertThat(only(analyse("The Boston Marathon bombing killed three people.")).actor())
                .as("an event named after where it happened").isNull();
        Event rockets = only(analyse("A Hamas rocket attack on an Israeli town continued on Tuesday."));
        assertThat(rockets.actor().text()).as("a name before the weapon words").isEqualTo("Hamas");
        assertThat(rockets.instrument().text()).isEqualTo("rocket");
        assertThat(only(analyse("A car bomb attack on the checkpoint killed two soldiers.")).instrument().text())
                .isEqualTo("car bomb");
    }

    @Test
    void theHouseOfHouseArrestIsNoPlaceNorTarget() {
        Event arrest = only(analyse("The judges ordered the house arrest of the former minister on Monday."));
        assertThat(arrest.place()).isNull();
        assertThat(arrest.target().text()).isEqualTo("the former minister");
        assertThat(only(analyse("The party opposes plans for keeping suspects under house arrest.")).place())
                .as("nor a place the argument scorer would choose").isNull();
    }

    @Test
    void aBareWordAfterCanIsOrToIsAVerbNotWhoUnderwentThePassive() {
        Event deported = analyse("Any foreign suspect can be detained or can opt to be deported.").events().stream()
                .filter(e -> e.trigger().text().equals("deported")).findFirst().orElseThrow();
        assertThat(deported.target()).as("not 'opt'").isNull();
        Event arrested = analyse("His addiction led to him being arrested in 1965.").events().get(0);
        assertThat(arrested.target().text()).as("a pronoun after 'to' stays").isEqualTo("him");
        assertThat(only(analyse("The bill brings in house arrest for terror suspects.")).place())
                .as("'in house' before 'arrest' is no place").isNull();
    }

    @Test
    void anEventWordBeforeTheWordForItsSuspectsOrVictimsIsPartOfThePhraseThatNamesThem() {
        Event verdict = analyse("A friend of the marathon bombing suspect was found guilty on Thursday.").events()
                .stream().filter(e -> e.trigger().text().equals("guilty")).findFirst().orElseThrow();
        assertThat(verdict.target().text()).isEqualTo("A friend of the marathon bombing suspect");
    }

    @Test
    void whatIsDetonatedIsTheInstrumentAndARelativePronounTakesItsNounAsSubject() {
        Event blast = only(analyse("A suicide bomber who detonated his explosive belt outside the ministry "
                + "wounded three guards."));
        assertThat(blast.code()).isEqualTo("183");
        assertThat(blast.actor().text()).isEqualTo("A suicide bomber");
        assertThat(blast.target()).isNull();
        assertThat(blast.instrument().text()).isEqualTo("his explosive belt");

        Event passive = only(analyse("Huge explosive devices were detonated at bus stations on Friday."));
        assertThat(passive.instrument().text()).isEqualTo("Huge explosive devices");
        assertThat(passive.target()).isNull();
        assertThat(only(analyse("The device detonated prematurely, police said.")).instrument().text())
                .as("an adverb after the verb is no object").isEqualTo("The device");
    }

    @Test
    void thatRightBeforeTheVerbAfterSomeoneWhoActsIsARelativeWhoseNounIsTheSubject() {
        Event seizure = only(analyse("Rebels said the militia that stormed the port on Monday had fled."));
        assertThat(seizure.actor()).isNotNull();
        assertThat(seizure.actor().text()).isEqualTo("the militia");
        assertThat(seizure.target().text()).isEqualTo("the port");
    }

    @Test
    void deadAfterTheVerbIsNoObjectAndAVerbWithNeitherSubjectNorObjectTakesTheAgentAfterBy() {
        Event shooting = only(analyse("The gunman, shot dead by police, had fired at the crowd."));
        assertThat(shooting.trigger().text()).isEqualTo("shot");
        assertThat(shooting.actor()).isNotNull();
        assertThat(shooting.actor().text()).isEqualTo("police");
    }

    @Test
    void aNameBeforeACommonNounModifiesItAndAnAmountStartsAPhrase() {
        Event attack = only(analyse("Gunmen attacked the Christmas market in Strasbourg on Tuesday."));
        assertThat(attack.target().text()).isEqualTo("the Christmas market");
        assertThat(nameOf(analyse("Gunmen attacked the Christmas market in Strasbourg on Tuesday."), attack.place()))
                .isEqualTo("Strasbourg");
        Event battle = only(analyse("A man was wounded in a battle between troops and gunmen in the Shankill "
                + "area of Belfast."));
        assertThat(battle.place().text()).isEqualTo("Shankill area");
        Event killing = only(analyse("Snipers slaughtered more than 50 protesters in Kiev."));
        assertThat(killing.target().text()).isEqualTo("more than 50 protesters");
        assertThat(only(analyse("Police arrested John Jones overnight.")).target().text())
                .as("a word that is no noun does not run on after a name").isEqualTo("John Jones");
    }

    @Test
    void theSidesOfAFightAreReadAfterBetweenOrWith() {
        Event battle = only(analyse("A man was wounded in a battle between troops and gunmen in Belfast."));
        assertThat(battle.actor().text()).isEqualTo("troops");
        assertThat(battle.target().text()).isEqualTo("gunmen");
        Event clash = only(analyse("Protesters clashed with riot police in the capital on Sunday."));
        assertThat(clash.actor().text()).isEqualTo("Protesters");
        assertThat(clash.target().text()).isEqualTo("riot police");
        assertThat(only(analyse("Rebels fought with rifles and grenades near the border.")).target())
                .as("weapons are no side").isNull();
    }

    @Test
    void ofNamesThePlaceOnlyAfterAPlaceNounOrADirection() {
        Analysis north = analyse("Rebels attacked a village north of Goma on Sunday.");
        assertThat(nameOf(north, only(north).place())).isEqualTo("Goma");
        Event bombing = only(analyse("The bombing of the Oklahoma City federal building killed 168 people."));
        assertThat(bombing.target().text()).isEqualTo("the Oklahoma City federal building");
        assertThat(bombing.place()).as("what was bombed, not where").isNull();
        assertThat(only(analyse("The former mayor of Caracas was arrested on Monday.")).place()).isNull();
    }

    @Test
    void aPronounSubjectOfAPassiveIsItsTarget() {
        Event arrest = only(analyse("In May, she was arrested in Caracas."));
        assertThat(arrest.code()).isEqualTo("173");
        assertThat(arrest.target().text()).isEqualTo("she");
        assertThat(arrest.actor()).isNull();
    }

    @Test
    void wordsThatOnlyLookLikeEventsAreNone() {
        assertThat(analyse("The minister ruled out new elections.").events()).isEmpty();
        assertThat(analyse("Prosecutors issued an arrest warrant for the mayor.").events()).isEmpty();
        assertThat(analyse("Officials vowed to combat the virus.").events()).isEmpty();
        assertThat(analyse("The two exchanges are locked in a bid battle for the bourse.").events()).isEmpty();
        assertThat(analyse("The opposition attacked the budget as unfair.").events()).isEmpty();
        assertThat(analyse("The singer died of a heart attack on Monday.").events()).isEmpty();
        assertThat(analyse("Seven militants were killed in two accidental explosions on Friday.").events())
                .isEmpty();
        assertThat(analyse("The device detonated accidentally, killing three men.").events()).isEmpty();
        assertThat(analyse("Rebels attacked the convoy, killing two soldiers.").events()).hasSize(1);
    }

    @Test
    void filmingHuntingFiresAndArgumentsAreNoActsOfForce() {
        assertThat(analyse("Shooting on the sequel is expected to begin in April.").events()).isEmpty();
        assertThat(analyse("The actor had been shooting the film Retirement in Miami.").events()).isEmpty();
        assertThat(analyse("Hunters may still flush out foxes to be shot.").events()).isEmpty();
        assertThat(analyse("The group is planning its own mail shot campaign.").events()).isEmpty();
        assertThat(analyse("He spotted flames shooting out from below the eaves.").events()).isEmpty();
        assertThat(analyse("Forty firefighters battled the blaze through the night.").events()).isEmpty();
        assertThat(analyse("Senator Kerry attacked President Bush's economic record.").events()).isEmpty();
        assertThat(analyse("He also attacked the way the war was sold to the public.").events()).isEmpty();
        assertThat(analyse("Torvalds led an attack on software patents.").events()).isEmpty();
        assertThat(analyse("Worm outbreaks and denial of service attacks are rising.").events()).isEmpty();
        assertThat(analyse("Viewers called the advert \"offensive\" after a show about gun violence.").events())
                .as("the adjective").isEmpty();
        assertThat(analyse("The army launched an offensive in the north.").events()).extracting(Event::code)
                .containsExactly("190");
        assertThat(analyse("Three gunmen opened fire on the crowd.").events()).extracting(Event::code)
                .containsExactly("190");
        assertThat(analyse("Bookmakers made her favourite to be evicted from Celebrity Big Brother.").events())
                .as("a contestant voted out").isEmpty();
        assertThat(analyse("Police evicted 40 families from the camp.").events()).extracting(Event::code)
                .containsExactly("174");
        assertThat(analyse("The alliance said the new law could not be enforced.").events())
                .as("the organisation speaks").isEmpty();
        assertThat(analyse("Voters may stay at home or protest vote in the election.").events()).isEmpty();
        assertThat(analyse("The money will go to priorities such as fighting terrorism.").events()).isEmpty();
        assertThat(analyse("His song stormed to the top of the charts.").events()).isEmpty();
        assertThat(analyse("The panel said all types of murder should be graded.").events()).isEmpty();
        assertThat(analyse("Instead of a bonfire there had been an \"explosion\" of quangos.").events()).isEmpty();
        assertThat(analyse("Forecasters expect another cold blast this week.").events()).isEmpty();
        assertThat(analyse("Soldiers stormed the building at dawn.").events()).extracting(Event::code)
                .containsExactly("190");
        assertThat(analyse("When arrested, he listed his occupation as a tailor.").events()).extracting(Event::code)
                .as("a job").containsExactly("173");
        assertThat(analyse("Protests against the Israeli occupation grew.").events()).extracting(Event::code)
                .contains("192");
        assertThat(analyse("The 2001 attacks pushed claims up to $37bn after bombs killed thousands.").events())
                .as("a claim after the verb is no target of the attacks").extracting(Event::code).contains("190");
    }

    @Test
    void aContestNeedsASureWordOfViolenceToBeAnActOfForce() {
        assertThat(analyse("The format war cost Sony dearly. The battle for Hollywood's support is crucial.").events())
                .as("a war told before is no evidence").isEmpty();
        assertThat(analyse("Rebels killed ten soldiers near the border. The battle lasted six hours.").events())
                .extracting(Event::code).contains("190");
        assertThat(analyse("The four-day battle marked a turning point in the war.").events())
                .as("a war in its own sentence vouches").extracting(Event::code).containsExactly("190");
        assertThat(analyse("The war went on. Two days later the airport was attacked.").events())
                .extracting(Event::code).containsExactly("190");
        assertThat(analyse("He shot Wilhelm and emptied his pockets.").events()).extracting(Event::code)
                .as("a person shot needs no other word of violence").containsExactly("190");
        assertThat(analyse("The pirates attacked a merchant vessel.").events()).extracting(Event::code)
                .containsExactly("190");
    }

    @Test
    void onePersonNamedWithAnArticleAfterACasualtyWordIsCountedAndIsTheTarget() {
        Event shooting = only(analyse("Police shot dead a protester in the capital on Tuesday."));
        assertThat(shooting.actor().text()).isEqualTo("Police");
        assertThat(shooting.target().text()).isEqualTo("a protester");
        assertThat(shooting.counts()).containsEntry(Casualty.KILLED, new Bounds(1.0, 1.0));
        Event raid = only(analyse("Soldiers raided the village, killing a farmer."));
        assertThat(raid.counts()).containsEntry(Casualty.KILLED, new Bounds(1.0, 1.0));
    }

    @Test
    void deathsOneSpeakerClaimsAreNotCountedOnAnArrestAnotherSpeakerStated() {
        List<Event> events = analyse("Police arrested more than 400 protesters in the capital, police chief Arlo "
                + "Venn told reporters. Opposition leader Dana Morel said at least two party workers had been killed.")
                .events();
        Event arrests = events.stream().filter(e -> e.code().equals("173")).findFirst().orElseThrow();
        assertThat(arrests.counts()).containsOnlyKeys(Casualty.ARRESTED);
        // one speaker's raid and deaths still go together, and so do the article's raid and anyone's toll
        Event raid = only(analyse("Police raided the camp on Tuesday. One person was killed, officials said."));
        assertThat(raid.counts()).containsEntry(Casualty.KILLED, new Bounds(1.0, 1.0));
    }

    @Test
    void aParticipleRightAfterTheArticleModifiesTheObjectsNounAndMakesNoPassive() {
        Event shelling = only(analyse("Ukrainian forces shelled a crowded market on Sunday."));
        assertThat(shelling.actor().text()).isEqualTo("Ukrainian forces");
        assertThat(shelling.target().text()).isEqualTo("a crowded market");
        Event arrest = only(analyse("Police arrested the wounded man."));
        assertThat(arrest.actor().text()).isEqualTo("Police");
        assertThat(arrest.target().text()).isEqualTo("the wounded man");
    }

    @Test
    void tearGasAndBatonChargesOnACrowdAreViolentRepressionWithTheGasAsInstrument() {
        Event repression = only(analyse("Police fired tear gas at protesters and baton-charged them on Sunday."));
        assertThat(repression.code()).isEqualTo("175");
        assertThat(repression.actor().text()).isEqualTo("Police");
        assertThat(repression.target().text()).isEqualTo("protesters");
        assertThat(repression.instrument().text()).isEqualTo("tear gas");
        assertThat(analyse("The company fired 200 workers. The nurses used rubber gloves.").events()).isEmpty();
    }

    @Test
    void aWeaponNamedForAnActIsNoActButAnExchangeOfFireIsAFight() {
        assertThat(analyse("The saboteurs were armed with assault rifles and explosives.").events()).isEmpty();
        Event exchange = only(analyse("Two guards were lightly wounded in an exchange of fire with saboteurs."));
        assertThat(exchange.code()).isEqualTo("190");
        assertThat(exchange.counts()).containsEntry(Casualty.INJURED, new Bounds(2.0, 2.0));
        assertThat(analyse("The soldiers were wounded before the exchange of letters.").events()).isEmpty();
        assertThat(analyse("The German exchange's offer has come under fire from unions.").events()).isEmpty();
    }

    @Test
    void aKindOfCrimeOrOfThingIsNoOccurrence() {
        assertThat(analyse("McVeigh is on trial on charges of murder and conspiracy.").events()).isEmpty();
        assertThat(analyse("He was convicted of kidnapping and robbery last year.").events())
                .extracting(Event::code).containsExactly("173");
        assertThat(analyse("Pleas were entered to charges of first-degree murder and attempted murder.").events())
                .isEmpty();
        assertThat(analyse("He was charged with criminally negligent homicide.").events())
                .extracting(Event::code).containsExactly("173");
        assertThat(analyse("LaSalle faces serious charges, including murder and vehicular homicide.").events())
                .isEmpty();
        assertThat(analyse("A fired accountant was arraigned on murder and other charges.").events()).isEmpty();
        assertThat(analyse("He was on parole for an assault conviction.").events()).extracting(Event::code)
                .containsExactly("173");
        assertThat(analyse("Jury finds suspect in office shooting guilty").events()).extracting(Event::code)
                .as("'guilty' is no legal noun").contains("190");
        assertThat(analyse("He was convicted of resisting arrest.").events())
                .extracting(Event::code).containsExactly("173");
        assertThat(analyse("Police began a crackdown on street robbery in May.").events())
                .as("a kind of crime suppressed").extracting(Event::code).containsExactly("175");
        assertThat(analyse("He was charged with crimes of treason, association to commit a crime and homicide.")
                .events()).as("the article is the earlier item's").extracting(Event::code).containsExactly("173");
        assertThat(analyse("He was charged with the March 3, 2013, bombing of the embassy.").events())
                .as("commas of a date are no list").extracting(Event::code).containsExactly("173", "183");
        assertThat(analyse("A new protest movement has arisen in the capital.").events()).isEmpty();
        assertThat(analyse("The ruling Socialist coalition collapsed.").events()).isEmpty();
        assertThat(analyse("There had been an explosion of quangos, he said.").events()).isEmpty();
        assertThat(analyse("In Wales 2,000 jobs are threatened by the cuts.").events()).isEmpty();
        assertThat(analyse("She lost a legal battle to let her husband help her die.").events()).isEmpty();
        assertThat(analyse("A legal ruling went against the government.").events())
                .extracting(Event::code).containsExactly("173");
        assertThat(analyse("The crew was doing some location shooting in Las Vegas.").events()).isEmpty();
        assertThat(analyse("Dorsey said the shooting was going to be hard on everyone.").events())
                .extracting(Event::code).as("a shooting told with no word of violence near").containsExactly("190");
        assertThat(analyse("Ticket outlets had been bombarded by fans.").events()).isEmpty();
        assertThat(analyse("He appeared as a prosecution witness.").events()).isEmpty();
        assertThat(analyse("The strength of the euro is threatening to dampen demand.").events()).isEmpty();
        assertThat(analyse("Cold weather threatened stocks of heating oil.").events()).isEmpty();
        assertThat(analyse("Opel management is threatening to cut 12,000 jobs.").events()).extracting(Event::code)
                .as("what a threat threatens to do is no object of it").containsExactly("130");
        assertThat(analyse("The explosion of a car bomb killed four people.").events()).extracting(Event::code)
                .containsExactly("183");
        assertThat(analyse("The court's ruling Monday angered the opposition.").events()).extracting(Event::code)
                .as("a day after it is no name").containsExactly("173");
        assertThat(analyse("After the ruling Carla Ferstman, a lawyer, said the law was clear.").events())
                .extracting(Event::code).as("a person after it starts the next clause").containsExactly("173");
        assertThat(analyse("Among them 21 judges believed a mandatory life sentence for every murder was wrong.")
                .events()).isEmpty();
        assertThat(analyse("Nato says any attack by foreign troops on a member will be answered.").events()).isEmpty();
        assertThat(analyse("The regime ran torture centres in the north.").events()).isEmpty();
        assertThat(analyse("He was charged with the bombing of the embassy in Nairobi.").events())
                .as("one bombing, named with its article, is kept").extracting(Event::code)
                .containsExactly("173", "183");
        assertThat(analyse("Smith was arrested and charged with two counts of first degree murder.").events())
                .as("an unhyphenated degree").extracting(Event::code).containsExactly("173");
        assertThat(analyse("He was charged over the murder of a policeman.").events())
                .extracting(Event::code).containsExactly("1823");
    }

    @Test
    void aListItemOrHeadingIsNoReport() {
        Analysis analysis = analyse("Taliban fighters attacked the base on Monday.\n\n== Reactions and arrests ==\n\n"
                + "* 2014 Bagram Airfield bombing\n\n* 2016 Bagram Airfield bombing\n");
        assertThat(analysis.events()).extracting(Event::code).containsExactly("190");
    }

    @Test
    void theOperationTakesUpTheActOfForceToldMostNotTheLastOne() {
        Analysis analysis = analyse("Police raided the camp on Monday. Police seized weapons at the camp. "
                + "The minister said the raid was legal and defended the operation.");
        assertThat(analysis.events()).extracting(Event::code).containsExactly("190", "1711");
        assertThat(analysis.events().get(0).mentions()).extracting(Excerpt::text)
                .containsExactly("raided", "raid", "operation");
    }

    @Test
    void aVerbThatOnlySupportsItsEventNounGivesOneEventWithTheVerbsSubject() {
        Event battle = only(analyse("Tamerlan Tsarnaev fought a gun battle with police in Watertown on Friday."));
        assertThat(battle.code()).isEqualTo("190");
        assertThat(battle.mentions()).extracting(Excerpt::text).containsExactly("battle");
        assertThat(battle.actor().text()).isEqualTo("Tamerlan Tsarnaev");
        assertThat(battle.target().text()).isEqualTo("police");
    }

    @Test
    void theAttackRetellsAnActOfForceToldWithANarrowerWord() {
        Analysis analysis = analyse("A bomb exploded outside a cafe in Madrid on Friday. "
                + "Police said the attack was the worst in a decade.");
        assertThat(analysis.events()).extracting(Event::code).containsExactly("183");
        assertThat(analysis.events().get(0).mentions()).extracting(Excerpt::text)
                .containsExactly("exploded", "attack");
    }

    @Test
    void anAttackAfterACopulaOrAVerbOfNamingNamesTheEventAgain() {
        assertThat(only(analyse("The Rolando bombing was an attack on a cafe in Madrid.")).mentions())
                .extracting(Excerpt::text).containsExactly("bombing", "attack");
        Analysis named = analyse("A bomb exploded in Lyon on Friday. The president called the explosion an “attack”.");
        assertThat(only(named).mentions()).extracting(Excerpt::text).containsExactly("exploded", "explosion", "attack");
        assertThat(analyse("Rebels raided the town. Troops launched an attack on the rebels' camp a week later.")
                .events()).as("a new attack told with a verb of its own is a new event").hasSize(2);
    }

    @Test
    void whoPlannedAnEventIsItsActor() {
        Event planned = only(analyse("Officials said the group had planned attacks on police stations."));
        assertThat(planned.actor().text()).isEqualTo("the group");
        assertThat(planned.modality()).isEqualTo(Modality.PLANNED);
    }

    @Test
    void aReadingThatNeedsItsContextComesBeforeTheGeneralOne() {
        Event hostages = only(analyse("Gunmen seized dozens of hostages at a hospital in Kizlyar."));
        assertThat(hostages.code()).as("taking hostages is an abduction").isEqualTo("181");
        assertThat(hostages.actor().text()).isEqualTo("Gunmen");
        assertThat(only(analyse("Police seized weapons at the camp.")).code()).isEqualTo("1711");
    }

    @Test
    void foundGuiltyIsAConvictionWithTheArgumentsOfFound() {
        Event verdict = only(analyse("The jury found Azamat Tazhayakov guilty of obstruction of justice."));
        assertThat(verdict.code()).isEqualTo("173");
        assertThat(verdict.actor().text()).isEqualTo("The jury");
        assertThat(verdict.target().text()).isEqualTo("Azamat Tazhayakov");
        assertThat(only(analyse("Dias Kadyrbayev was found guilty in Boston.")).target().text())
                .isEqualTo("Dias Kadyrbayev");
        assertThat(analyse("The jury found him not guilty of murder.").events()).isEmpty();
        assertThat(analyse("He felt guilty about the delay.").events()).isEmpty();
        assertThat(only(analyse("The judge had found him guilty of fraud.")).target().text()).isEqualTo("him");
        // "her" is object or possessive; with no noun after it, it is the object
        assertThat(only(analyse("The jury found her guilty of fraud.")).target().text()).isEqualTo("her");
    }

    @Test
    void aWarIsAnEventOnlyWhenWagedStartedOrBrokenOut() {
        Event war = only(analyse("Rebels launched a war against the government."));
        assertThat(war.code()).isEqualTo("190");
        assertThat(war.actor().text()).isEqualTo("Rebels");
        assertThat(only(analyse("A war broke out in the region in May.")).code()).isEqualTo("190");
        assertThat(analyse("The war has cost billions.").events()).as("only named, not told").isEmpty();
        assertThat(analyse("The two supermarkets waged a price war in May.").events()).isEmpty();
        assertThat(analyse("The president waged a war on drugs.").events()).isEmpty();
        assertThat(only(analyse("Gunmen attacked the war memorial in Basra.")).target().text())
                .as("a noun that is an event only with words around it does not end a phrase")
                .isEqualTo("the war memorial");
    }

    @Test
    void aWarningGivenAmongWordsOfViolenceIsAThreat() {
        assertThat(analyse("The bomb exploded an hour after a telephoned warning was given to police.").events())
                .extracting(Event::code).containsExactly("183", "130");
        assertThat(analyse("A warning was given to staff about the profits.").events()).isEmpty();
        assertThat(analyse("After the bombing a travel warning was issued for the region.").events())
                .extracting(Event::code).containsExactly("183");
    }

    @Test
    void aStrikeIsAnAirStrikeOnlyRightAfterAir() {
        Event strikes = only(analyse("Russian air strikes hit the town on Monday."));
        assertThat(strikes.code()).isEqualTo("195");
        assertThat(strikes.target().text()).isEqualTo("the town");
        assertThat(analyse("Air France pilots went on strike.").events()).isEmpty();
        assertThat(analyse("Workers at the air base began a strike.").events()).isEmpty();
    }

    @Test
    void aTrialStoodOrFacedIsALegalActThatHarmsNobody() {
        Event trial = only(analyse("Two bankers went on trial for manslaughter in London. Four people died at the "
                + "station in 2003."));
        assertThat(trial.code()).isEqualTo("173");
        assertThat(trial.counts()).as("the deaths are no count of a trial").isEmpty();
        assertThat(analyse("The trial was adjourned until May.").events()).isEmpty();
        assertThat(analyse("He is in prison awaiting trial.").events()).isEmpty();
    }

    @Test
    void thisAttackPointsAtTheActOfForceJustToldWhateverItsPhrases() {
        Event blast = only(analyse("A suicide bomber blew himself up in Bagram, killing six NATO soldiers. The "
                + "United States condemns this cowardly attack on members of the U.S. and Afghan forces."));
        assertThat(blast.mentions()).extracting(Excerpt::text).containsExactly("blew", "attack");
    }

    @Test
    void formsOfAKillingVerbAreKillings() {
        Event killing = only(analyse("The hostage was decapitated by militants in Raqqa."));
        assertThat(killing.code()).isEqualTo("1823");
        assertThat(killing.actor().text()).isEqualTo("militants");
        assertThat(killing.target().text()).isEqualTo("The hostage");
    }

    @Test
    void aGuiltyPleaIsAConvictionOfWhoPleads() {
        Event plea = only(analyse("John Smith pleaded guilty to fraud on Monday."));
        assertThat(plea.code()).isEqualTo("173");
        assertThat(plea.actor()).isNull();
        assertThat(plea.target().text()).isEqualTo("John Smith");
        assertThat(analyse("Mark Hale pleaded not guilty to fraud.").events()).isEmpty();
    }

    @Test
    void anArrestForDamageToPropertyIsAnOccurrenceOfItsOwn() {
        List<Event> events = analyse("Police arrested John Bryant on Monday. John Bryant is suspected of "
                + "vandalizing signs at the church.").events();
        assertThat(events).extracting(Event::code).containsExactlyInAnyOrder("173", "1712");
    }

    @Test
    void aVerbCoordinatedAfterAnotherSharesItsParticipants() {
        Event arrest = only(analyse("In May, she was arrested and charged with treason."));
        assertThat(arrest.mentions()).extracting(Excerpt::text).containsExactly("arrested", "charged");
        assertThat(arrest.target().text()).isEqualTo("she");
        Event attack = only(analyse("Gunmen arrived and attacked the hotel on Friday."));
        assertThat(attack.actor().text()).isEqualTo("Gunmen");
        assertThat(attack.target().text()).isEqualTo("the hotel");
    }

    @Test
    void aNameTakesTheNamesCoordinatedWithIt() {
        Event arrest = only(analyse("On Monday, Juan Perez, Luis Guerra and Jose Blanco were arrested in Caracas."));
        assertThat(arrest.target().text()).isEqualTo("Juan Perez, Luis Guerra and Jose Blanco");
        Event attacks = only(analyse("Two soldiers were killed in attacks in Aleppo and Homs on Sunday."));
        assertThat(attacks.place().text()).isEqualTo("Aleppo and Homs");
        // a name another slot holds stays there: the two sides of a fight are actor and target
        Event fight = only(analyse("Three people were killed in a battle between Israel and Hamas."));
        assertThat(fight.actor().text()).isEqualTo("Israel");
        assertThat(fight.target().text()).isEqualTo("Hamas");
    }

    @Test
    void aVerbAfterThatIsARelativeClauseNotAnAdjective() {
        Event blast = only(analyse("Police are hunting a man who left a bag containing a device that exploded on "
                + "Friday, wounding 13 people."));
        assertThat(blast.code()).isEqualTo("183");
        assertThat(only(analyse("Some 21 bombs had gone off in Belfast, killing nine people.")).code())
                .isEqualTo("183");
        assertThat(analyse("The alarm went off at six.").events()).isEmpty();
    }

    @Test
    void destructionAndShootingCountOnlyAmongWordsOfViolence() {
        Event destruction = only(analyse("Government troops destroyed a school in Aleppo."));
        assertThat(destruction.code()).isEqualTo("1712");
        assertThat(destruction.target().text()).isEqualTo("a school");
        assertThat(analyse("The scandal destroyed his career and damaged the party.").events()).isEmpty();
        assertThat(analyse("The photographer shot the wedding in Rome.").events()).isEmpty();
        assertThat(only(analyse("A soldier was shot by gunmen near the border.")).target().text())
                .isEqualTo("A soldier");
    }

    @Test
    void beingDetainedInHospitalIsTreatmentNotArrest() {
        assertThat(analyse("Ninety six people were detained in hospital, and 24 others were allowed home.").events())
                .isEmpty();
        assertThat(only(analyse("Ninety six people were detained in Belfast.")).code()).isEqualTo("173");
    }

    @Test
    void aSubjectPassesThroughAppearsToAndDueTo() {
        Event shooting = only(analyse("The student appears to have been shot by police."));
        assertThat(shooting.target().text()).isEqualTo("The student");
        Event sentence = only(analyse("The two men are due to be sentenced on 29 April."));
        assertThat(sentence.target().text()).isEqualTo("The two men");
        assertThat(sentence.modality()).isEqualTo(Modality.PLANNED);
    }

    @Test
    void aReflexiveObjectIsNoTarget() {
        Event bombing = only(analyse("In Bagram, a suicide bomber blew himself up on Monday."));
        assertThat(bombing.actor().text()).isEqualTo("a suicide bomber");
        assertThat(bombing.target()).isNull();
    }

    @Test
    void aPersonNamedBeforeAnEventNounIsNotItsActor() {
        Event assassination = only(analyse("The Kennedy assassination shocked the world."));
        assertThat(assassination.actor()).isNull();
        assertThat(only(analyse("The Hamas attack killed three soldiers.")).actor().text()).isEqualTo("Hamas");
    }

    @Test
    void aPlaceNounBeforeAProtestIsNotWhatIsProtestedAgainst() {
        assertThat(only(analyse("Street protests spread across the country.")).target()).isNull();
        assertThat(only(analyse("Rebels carried out the hospital attacks.")).target().text()).isEqualTo("hospital");
    }

    @Test
    void aQuotedEventNounKeepsThePossessorBeforeTheQuotationMark() {
        Event bombing = only(analyse("Ministers condemned the Provisional IRA's \"bombing outrages\" on Friday."));
        assertThat(bombing.actor().text()).contains("Provisional IRA");
    }

    @Test
    void aPronounSubjectOfAVerbIsNoPlace() {
        Analysis analysis = analyse("The worst explosion was at the busy Oxford Street bus station, where six people"
                + " were killed. Witnesses said that the bomb had been planted in a car. As a Land-Rover arrived, it"
                + " exploded, killing two soldiers.");
        assertThat(analysis.events()).extracting(Event::trigger).extracting(Excerpt::text).contains("exploded");
        assertThat(analysis.events()).filteredOn(event -> event.trigger().text().equals("exploded"))
                .allSatisfy(event -> assertThat(event.place()).isNull());
    }

    @Test
    void aSubjectPronounIsTheActorAndAPhaseVerbPassesOnItsSubject() {
        assertThat(only(analyse("In 1995, they seized hundreds of hostages in Kizlyar.")).actor().text())
                .isEqualTo("they");
        Event ambush = only(analyse("The desert is rife with insurgents who continue to ambush regime forces."));
        assertThat(ambush.actor().text()).isEqualTo("insurgents");
        assertThat(ambush.target().text()).isEqualTo("regime forces");
    }

    @Test
    void theOneNamedAfterSuspectIsTheActorAndAfterVictimTheTarget() {
        Event bombing = only(analyse("A court heard from a friend of bombing suspect Dzhokhar Tsarnaev on Monday."));
        assertThat(bombing.actor().text()).isEqualTo("Dzhokhar Tsarnaev");
        assertThat(bombing.target()).isNull();
    }

    @Test
    void whatAnEventNounHarmedInThePassiveOrThroughARelativeIsItsTarget() {
        Event explosion = only(analyse("The Murrah Federal Building in Oklahoma City was shattered by an explosion."));
        assertThat(explosion.target().text()).isEqualTo("The Murrah Federal Building");
        Event attacks = only(analyse("Two soldiers were killed in attacks in Aleppo and Homs on Sunday."));
        assertThat(attacks.target().text()).isEqualTo("Two soldiers");
        assertThat(only(analyse("More Syrian civilians killed in latest US airstrike.")).target().text())
                .isEqualTo("More Syrian civilians");
        assertThat(attacks.actor()).isNull();
        Event bombings = only(analyse("The IRA carried out 20 bombings, which seemed to be aimed at civilians."));
        assertThat(bombings.target().text()).isEqualTo("civilians");
    }

    @Test
    void whoUnderwentAParticipleIsFoundPastACommaAndBeforeATrial() {
        assertThat(only(analyse("Mr Khodorkovsky, once Russia's richest man, is in jail, having been charged with"
                + " fraud.")).target().text()).isEqualTo("Mr Khodorkovsky");
        assertThat(only(analyse("Five railway managers are to go on trial for manslaughter.")).target().text())
                .isEqualTo("Five railway managers");
        assertThat(only(analyse("Galloway appealed for the release of aid worker Margaret Hassan, kidnapped in"
                + " Iraq.")).target().text()).isEqualTo("Margaret Hassan");
    }

    @Test
    void aMediaStormAFilmThatBombedAndARecordThatShotToTheTopAreNoViolence() {
        assertThat(analyse("Police said two soldiers were killed. The remarks whipped up a media storm for the"
                + " minister.").events()).noneMatch(event -> event.trigger().text().equals("storm"));
        assertThat(analyse("Protesters were killed as troops began to storm the building.").events())
                .anyMatch(event -> event.trigger().text().equals("storm"));
        assertThat(analyse("The war drama was panned by critics, and the film bombed.").events()).isEmpty();
        assertThat(analyse("Gunmen killed two soldiers. The sequel shot to the top of the UK chart.").events())
                .noneMatch(event -> event.trigger().text().equals("shot"));
        assertThat(only(analyse("The gunman was shot to death by police.")).target().text()).isEqualTo("The gunman");
    }

    @Test
    void faithTheBudgetAndTheTopSpotAreDamagedOrSeizedOnlyInAFigureOfSpeech() {
        assertThat(analyse("The war had damaged faith in the political system.").events()).isEmpty();
        assertThat(analyse("Sanctions alone will not destroy the threat of a nuclear armed Iran, he said after the"
                + " war.").events()).isEmpty();
        assertThat(analyse("Destroying the budget in order to save it will not win the war, he said.").events())
                .isEmpty();
        assertThat(analyse("Troops killed 12 rebels. The firm seized the top spot in 2003.").events())
                .noneMatch(event -> event.code().startsWith("171"));
        assertThat(only(analyse("Rebels destroyed a bridge with bombs.")).target().text()).isEqualTo("a bridge");
    }

    @Test
    void aModifierThatIsTheActorIsNotAlsoTheTarget() {
        Event ruling = only(analyse("The court ruling is a blow to efforts to get damages."));
        assertThat(ruling.actor().text()).isEqualTo("The court");
        assertThat(ruling.target()).isNull();
        assertThat(only(analyse("Anglers could find themselves prosecuted under the plans.")).target().text())
                .isEqualTo("themselves");
    }

    @Test
    void whoUnderwentAPassiveIsNotTheObjectOfAPrepositionNorTheCrimeTheyAreSuspectedOf() {
        assertThat(only(analyse("Twelve managers from Mitsubishi Motors were charged with fraud.")).target().text())
                .isEqualTo("Twelve managers from Mitsubishi Motors");
        assertThat(only(analyse("In January 25 people who took part in a network based in Leicester were jailed."))
                .target()).isNull();
        assertThat(only(analyse("Any foreign national suspected of links with terrorism can be detained."))
                .target().text()).isEqualTo("Any foreign national");
        assertThat(only(analyse("A court ruled that doctors could withdraw treatment.")).target()).isNull();
    }

    @Test
    void aNameJoinedToTheActorByAndIsNotTheTarget() {
        Event ruling = only(analyse("But Lord Justice Rix and Mr Justice Forbes ruled on Tuesday against the army."));
        assertThat(ruling.actor().text()).contains("Rix").contains("Forbes");
        assertThat(ruling.target() == null || !ruling.target().text().contains("Rix")).isTrue();
    }

    @Test
    void attacksSuchAsAreANounAndAnIndictmentOfAFailureIsNoCharge() {
        Analysis analysis = analyse("Bombers killed five people. He will not tolerate attacks such as the bombing"
                + " in Tel Aviv.");
        assertThat(analysis.events()).filteredOn(event -> event.trigger().text().equals("attacks")).singleElement()
                .satisfies(attacks -> assertThat(attacks.target()).isNull());
        assertThat(analyse("The silence is a powerful indictment of the failure of rights groups.").events())
                .isEmpty();
        assertThat(only(analyse("The indictment of Mr Smith was read in court.")).code()).isEqualTo("173");
    }

    @Test
    void aCompoundAdjectiveOrADurationBeforeANounStaysInItsPhraseAndAlliedBeforeANounIsNoAlliance() {
        Event signing = only(analyse("Rover and SAIC signed a technology-sharing agreement in August."));
        assertThat(signing.actor().text()).endsWith("SAIC");
        assertThat(signing.target().text()).isEqualTo("a technology-sharing agreement");
        assertThat(only(analyse("Umbro said it had signed a new four-year agreement with Rangers.")).target().text())
                .isEqualTo("a new four-year agreement");
        assertThat(analyse("The game casts you as allied soldiers fighting in North Africa.").events())
                .noneMatch(event -> event.code().equals("050"));
    }

    @Test
    void whatAThreatThreatensIsNotItsTargetAndThreateningBeforeANounIsTheAdjective() {
        Event threat = only(analyse("Yukos has threatened legal action against any buyer."));
        assertThat(threat.target()).isNull();
        assertThat(threat.actor().text()).isEqualTo("Yukos");
        assertThat(analyse("He was jailed in 1998 for threatening behaviour towards a pilot.").events())
                .noneMatch(event -> event.code().startsWith("13"));
        assertThat(only(analyse("China has threatened Taiwan with force.")).target().text()).isEqualTo("Taiwan");
    }

    @Test
    void rightsAndLibertiesAreAttackedOnlyInAFigureOfSpeechAndAStormThatStormsNothingIsWeather() {
        assertThat(analyse("After the shooting, the lobby accused Congress of attacking our rights.").events())
                .noneMatch(event -> event.trigger().text().equals("attacking"));
        assertThat(analyse("Troops were killed as the propaganda storm launched by Washington grew.").events())
                .noneMatch(event -> event.trigger().text().equals("storm"));
        assertThat(analyse("Police killed two men as troops began to storm Parliament.").events())
                .anyMatch(event -> event.trigger().text().equals("storm"));
    }

    @Test
    void aPronounTakesNoNameBeforeItAsItsModifier() {
        Analysis analysis = analyse("Paddock shot 58 people dead. Twice before the attack, ISIS warned the United"
                + " States they would attack Las Vegas, he added.");
        assertThat(analysis.events()).filteredOn(event -> event.trigger().text().equals("attack")).singleElement()
                .satisfies(event -> assertThat(event.actor().text()).isEqualTo("they"));
    }

    @Test
    void aParticleBelongsToTheVerbAndWhoIsSuspectedOfAnActIsItsActor() {
        Event blast = only(analyse("Militants detonated a car bomb and then blew up the bridge near Mosul."));
        assertThat(blast.target() == null || !blast.target().text().startsWith("up")).isTrue();
        Event vandalism = only(analyse("Police said Bryant is suspected of vandalizing cars at the mosque."));
        assertThat(vandalism.actor().text()).isEqualTo("Bryant");
        assertThat(vandalism.target().text()).isEqualTo("cars");
        assertThat(analyse("A bomb had gone off somewhere in the city, killing two people.").events())
                .allSatisfy(event -> assertThat(event.target()).isNull());
    }

    @Test
    void whereSomeoneComesFromIsNoPlaceOfTheEventAndNeitherIsANameThatModifies() {
        assertThat(only(analyse("I remember when McCarthy, a senator from Wisconsin, threatened a young man on"
                + " TV.")).place()).isNull();
        assertThat(only(analyse("The assault will be supported by air strikes from the US - led coalition.")).place())
                .isNull();
        assertThat(only(analyse("Police arrested two men in Leeds on Monday.")).place().text()).isEqualTo("Leeds");
    }

    @Test
    void theObjectOfAParticipleBeforeTheVerbIsNotItsSubject() {
        Event attack = only(analyse("Rebels backing embattled President Bashar Assad attacked the town on"
                + " Monday, killing five people."));
        assertThat(attack.actor() == null || !attack.actor().text().contains("Assad")).isTrue();
    }

    @Test
    void aPlaceNounBeforeAnotherTakesTheNameAfterBoth() {
        assertThat(only(analyse("A bomb exploded in the southern port city of Basra on Monday, killing five people."))
                .place().text()).isEqualTo("the southern port city of Basra");
    }

    private static Analysis analyse(String text) {
        return PIPELINE.analyze(Article.of(text).withPublished(LocalDate.parse("2024-03-07")));
    }

    private static Event only(Analysis analysis) {
        assertThat(analysis.events()).hasSize(1);
        return analysis.events().get(0);
    }

    private static Analysis story(String name, String published) {
        Article article = new ArticleReader(warning -> { }).read(STORIES.resolve(name + ".txt"));
        return PIPELINE.analyze(article.withPublished(LocalDate.parse(published)));
    }

    private static String nameOf(Analysis analysis, EventArgument argument) {
        assertThat(argument).isNotNull();
        assertThat(argument.entity()).as("entity of " + argument.text()).isNotNull();
        return analysis.entity(argument.entity()).name();
    }
}
