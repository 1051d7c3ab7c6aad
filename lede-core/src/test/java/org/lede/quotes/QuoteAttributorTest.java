package org.lede.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Entity;
import org.lede.model.EntityType;
import org.lede.model.Excerpt;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Quote;
import org.lede.model.Source;
import org.lede.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {
    private static final TextAnalyzer TEXT = new TextAnalyzer();
    private final QuoteAttributor attributor = new QuoteAttributor();

    private static Analysis analyzed(String text) {
        return TEXT.process(Analysis.of(Article.of(text)));
    }

    /** Adds one entity per phrase, with one mention over its first occurrence, as the entity stage would. */
    private static Analysis withEntities(Analysis analysis, String... phrases) {
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (String phrase : phrases) {
            int start = analysis.article().text().indexOf(phrase);
            Mention m = new Mention(start, start + phrase.length(), phrase, EntityType.ORG,
                    MentionKind.DESCRIPTION, 0, 0);
            mentions.add(m);
            entities.add(new Entity("e" + (entities.size() + 1), phrase, EntityType.ORG, List.of(), List.of(),
                    List.of(m)));
        }
        return analysis.withMentions(mentions).withEntities(entities);
    }

    /** Adds one entity per name, of the type given, with a name mention over its first occurrence. */
    private static Analysis withNames(Analysis analysis, Map<String, EntityType> names) {
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        names.forEach((name, type) -> {
            int start = analysis.article().text().indexOf(name);
            Mention m = new Mention(start, start + name.length(), name, type, MentionKind.NAME, 0, 0);
            mentions.add(m);
            entities.add(new Entity(name, name, type, List.of(), List.of(), List.of(m)));
        });
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return analysis.withMentions(mentions).withEntities(entities);
    }

    /** The entity id of the speaker of the text's one quote, with these names recognised. */
    private String speakerOf(String text, Map<String, EntityType> names) {
        List<Quote> quotes = attributor.process(withNames(analyzed(text), names)).quotes();
        assertThat(quotes).hasSize(1);
        return quotes.get(0).speaker();
    }

    @Test
    void wherePeopleAreDoesNotSpeakButWhomTheyWorkForDoes() {
        assertThat(speakerOf("Health officials in the Hamas-run enclave said 20 people were killed.",
                Map.of("Hamas-run", EntityType.MISC))).isNull();
        assertThat(speakerOf("Traders in Asia said prices fell.", Map.of("Asia", EntityType.LOC))).isNull();
        assertThat(speakerOf("An analyst at Nomura said prices fell.", Map.of("Nomura", EntityType.LOC)))
                .isEqualTo("Nomura");
        assertThat(speakerOf("A review in the New York Times said the film was dull.",
                Map.of("New York Times", EntityType.ORG))).isEqualTo("New York Times");
    }

    @Test
    void aNameThatModifiesTheSpeakersNounGivesWayToTheNameInApposition() {
        assertThat(speakerOf("The United Nations agency for Palestinian refugees, UNRWA, said 70 schools were hit.",
                Map.of("United Nations", EntityType.ORG, "UNRWA", EntityType.ORG))).isEqualTo("UNRWA");
        assertThat(speakerOf("Its leader, Arlo Venn, said the schools were hit.",
                Map.of("Arlo Venn", EntityType.PERSON))).isEqualTo("Arlo Venn");
    }

    @Test
    void aNationalityThatModifiesTheSpeakersNounDoesNotSpeak() {
        assertThat(speakerOf("The German carmaker said sales fell.", Map.of("German", EntityType.NORP))).isNull();
        // the recogniser leaves some such words untyped: "Western officials", "Olympic organisers"
        assertThat(speakerOf("Western officials say the raid was retaliation.", Map.of("Western", EntityType.MISC)))
                .isNull();
        assertThat(speakerOf("Most Republicans said the bill was dead.", Map.of("Republicans", EntityType.NORP)))
                .isEqualTo("Republicans");
    }

    @Test
    void pressReportsBeforeAVerbOfSayingAreItsSubject() {
        String text = "Press reports said at least one of the detainees was a teacher. Local news reports suggested "
                + "the camp had been raided.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(q -> q.speakerText().text())
                .containsExactly("Press reports", "Local news reports");
        assertThat(quotes).extracting(q -> q.cue().text()).containsExactly("said", "suggested");
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("at least one of the detainees was a teacher", "the camp had been raided");
        // a verb in -s before a participle stays the cue: "shows continued growth"
        assertThat(quotes("The survey shows continued growth in the sector.")).extracting(q -> q.cue().text())
                .containsExactly("shows");
    }

    @Test
    void aPlaceAndATimeAfterTheAddresseeAreNoPartOfTheClaim() {
        String text = "Its spokesman told reporters in Ankara on Friday that the government was silencing critics.";
        assertThat(quotes(text)).extracting(Quote::text).containsExactly("the government was silencing critics");
    }

    @Test
    void stateTelevisionIsTheAudienceOfTold() {
        String text = "The police chief told state television that the detainees had links to separatist groups.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("the detainees had links to separatist groups");
        assertThat(q.relays()).extracting(Source::text).containsExactly("state television");
        Quote later = quotes("He told the Reuters news agency last week that the talks had failed.").get(0);
        assertThat(later.text()).isEqualTo("the talks had failed");
        assertThat(later.relays()).extracting(Source::text).containsExactly("the Reuters news agency");
        assertThat(quotes("She told a news conference in London that the plan was dead.").get(0).relays())
                .as("an audience gathered, no outlet").isEmpty();
        assertThat(quotes("The bank said last week that prices had risen.")).extracting(Quote::text)
                .containsExactly("prices had risen");
    }

    @Test
    void wordsSomeoneDescribedSomethingAsAreTheirsAndTheSentenceIsTheReporters() {
        String text = "Security forces dispersed what officials described as \"rioters and thugs\" in Ahvaz, "
                + "arresting 15 people, the semi-official Tasnim news agency reported.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("Security forces dispersed what officials "
                + "described as \"rioters and thugs\" in Ahvaz, arresting 15 people");
        assertThat(quotes.get(0).speakerText().text()).isEqualTo("the semi-official Tasnim news agency");
        String named = "Police detained 43 people in raids targeting what the government calls the Fethullah "
                + "Terrorist Organisation, the state-run Anadolu news agency reported.";
        assertThat(quotes(named)).extracting(Quote::text).containsExactly("Police detained 43 people in raids "
                + "targeting what the government calls the Fethullah Terrorist Organisation");
    }

    @Test
    void aChannelAfterTheSpeakersWordsInMarksIsTheirChannelNotPartOfTheClaim() {
        String text = "The spokesman dismissed the report as \"baseless propaganda\" in a post on X, accusing "
                + "foreign media of lying.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("the report as \"baseless propaganda\"", "foreign media of lying");
        assertThat(quotes).extracting(q -> q.channel().text()).containsOnly("in a post on X");
        // with neither a comma nor marks before it, the phrase may be the claim's own
        assertThat(quotes("The minister said the ban was announced in a statement.")).extracting(Quote::text)
                .containsExactly("the ban was announced in a statement");
    }

    @Test
    void aClauseWithASpeakerOfItsOwnAfterACommaEndsTheClaimBefore() {
        String text = "The State Department called the sentence \"repression\", while Germany's foreign ministry said "
                + "the charges were absurd. The firm said its stores would stay open, but analysts said it would "
                + "sell sites.";
        assertThat(quotes(text)).extracting(Quote::text).containsExactly("the sentence \"repression\"",
                "the charges were absurd", "its stores would stay open", "it would sell sites");
    }

    @Test
    void anActDoneToPeopleIsNoClaim() {
        assertThat(quotes("Police detained 43 people in raids on Thursday.")).isEmpty();
        assertThat(quotes("Soldiers shot two men near the border.")).isEmpty();
    }

    @Test
    void agencyPhrasesOfSourcesAndChannels() {
        Quote fired = quotes("North Korea fired a ballistic missile into the sea on Thursday, South Korea's military "
                + "said.").get(0);
        assertThat(fired.speakerText().text()).isEqualTo("South Korea's military");
        assertThat(fired.text()).isEqualTo("North Korea fired a ballistic missile into the sea on Thursday");
        Quote source = quotes("A source familiar with the matter told Yonhap on condition of anonymity that the "
                + "launch had been planned for weeks.").get(0);
        assertThat(source.speakerText().text()).isEqualTo("A source familiar with the matter");
        assertThat(source.text()).isEqualTo("the launch had been planned for weeks");
        Quote aside = quotes("Japan's defence ministry, in a statement, said the missile fell outside its waters.")
                .get(0);
        assertThat(aside.speakerText().text()).isEqualTo("Japan's defence ministry");
        assertThat(aside.channel().text()).isEqualTo("in a statement");
        Quote text = quotes("The Joint Chiefs of Staff said in a text message to reporters that the missile flew "
                + "350 km.").get(0);
        assertThat(text.channel().text()).isEqualTo("in a text message to reporters");
        assertThat(text.text()).isEqualTo("the missile flew 350 km");
    }

    @Test
    void theArticlesOwnOutletIsNoRelay() {
        String text = "A lawyer for the detainees told Reuters the evidence was flimsy. He told the BBC the clients "
                + "had been held for two days. Police said the raid was legal, the Reuters news agency reported.";
        Article article = new Article(text, null, "Reuters", null, null, null, "en", "test");
        List<Quote> quotes = attributor.process(TEXT.process(Analysis.of(article))).quotes();
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("the evidence was flimsy", "the clients had been held for two days",
                        "the raid was legal");
        assertThat(quotes.get(0).relays()).isEmpty();
        assertThat(quotes.get(1).relays()).extracting(Source::text).containsExactly("the BBC");
        assertThat(quotes.get(2).relays()).isEmpty();
    }

    @Test
    void whatAParticipleAfterTheSpeakerNamesDoesNotSpeak() {
        EntityType org = EntityType.ORG;
        assertThat(speakerOf("A senior defence official, speaking to the BBC's correspondent Paul Adams, said the "
                + "figures were poor.", Map.of("BBC", org, "Paul Adams", EntityType.PERSON))).isNull();
        assertThat(speakerOf("The lawsuit, filed in Washington County, alleges that the company deceived customers.",
                Map.of("Washington County", EntityType.GPE))).isNull();
        // the agent of a passive is who the study speaks for
        assertThat(speakerOf("The study, conducted by consultancy Building Zones, found that visitors stayed longer.",
                Map.of("Building Zones", org))).isEqualTo("Building Zones");
    }

    @Test
    void aQuotationThatClosedItsSentenceIsNotTheNextCuesClaim() {
        String text = "The senator said the plan was fair. \"There is a reservoir of goodwill in this country.\" "
                + "He added that the army would be good for him.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).contains("the army would be good for him");
        assertThat(quotes).filteredOn(q -> q.text().startsWith("There is a reservoir"))
                .allSatisfy(q -> assertThat(q.cue()).isNotEqualTo(at(text, "added")));
    }

    @Test
    void aProgrammeWithANumberInItsNameIsTheAddressee() {
        String text = "But he told BBC Radio 4's Today programme: \"It might be appropriate to apologise.\"";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("It might be appropriate to apologise.");
        assertThat(q.direct()).isTrue();
        assertThat(q.relays()).extracting(Source::text).containsExactly("BBC Radio 4's Today programme");
        assertThat(quotes("She told the BBC News website she had received no warning."))
                .extracting(Quote::text).containsExactly("she had received no warning");
        assertThat(quotes("He told the BBC News website.")).isEmpty(); // an audience, no claim
    }

    @Test
    void aMessageRepeatedBySomeoneIsTheirs() {
        String text = "That was a message repeated by the home secretary, who said the matter should be left to lie.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(q -> q.speakerText().text()).doesNotContain("a message");
        assertThat(quotes).extracting(Quote::text).contains("the matter should be left to lie");
    }

    @Test
    void aRelayBeforeACitationStillRelays() {
        String text = "The group denied the accusations, the Interfax news agency reported, citing a source in the "
                + "security services.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("the accusations");
        assertThat(q.relays()).extracting(Source::text).containsExactly("the Interfax news agency");
        assertThat(q.sources()).extracting(Source::text).containsExactly("a source in the security services");
    }

    @Test
    void anAgencyTheClaimIsAccordingToIsARelay() {
        String text = "The ministry said in a statement posted on its website that the raid was legal, according to "
                + "the state news agency IRNA.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("the raid was legal");
        assertThat(q.relays()).extracting(Source::text).containsExactly("the state news agency IRNA");
        assertThat(q.sources()).isEmpty();
    }

    @Test
    void theOneQuotedAsSayingSpeaksAndTheOneQuotingRelays() {
        String text = "Russian state news agency TASS quoted the ministry as saying that the drills had ended. "
                + "The spokesman was quoted by Xinhua as saying the talks would resume.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("the drills had ended", "the talks would resume");
        assertThat(quotes).extracting(q -> q.speakerText().text()).containsExactly("the ministry", "The spokesman");
        assertThat(quotes.get(0).relays()).extracting(Source::text).containsExactly("Russian state news agency TASS");
        assertThat(quotes.get(1).relays()).extracting(Source::text).containsExactly("Xinhua");
        Quote oneWord = quotes("TASS quoted Peskov as saying the talks had ended.").get(0);
        assertThat(oneWord.speakerText().text()).isEqualTo("Peskov");
        assertThat(oneWord.relays()).extracting(Source::text).containsExactly("TASS");
        String inverted = "Video games are big business, the paper quoted Mr Chernin as saying. Anelka was quoted in "
                + "a French newspaper as saying he would like to play for a bigger club.";
        List<Quote> more = quotes(inverted);
        assertThat(more).extracting(Quote::text)
                .containsExactly("Video games are big business", "he would like to play for a bigger club");
        assertThat(more).extracting(q -> q.speakerText().text()).containsExactly("Mr Chernin", "Anelka");
    }

    @Test
    void appearingSomewhereIsNoClaim() {
        assertThat(quotes("A photograph of the prince appears in Thursday's Sun under the headline: \"Harry the Nazi.\""))
                .isEmpty();
        assertThat(quotes("The minister appeared on television to deny the report.")).isEmpty();
    }

    @Test
    void peopleInAPlaceAreTheSpeakerNotThePlace() {
        String text = "Officials in Kabul said the road was closed. A spokesman at the ministry said talks would resume.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::speakerText)
                .containsExactly(at(text, "Officials in Kabul"), at(text, "A spokesman at the ministry"));
    }

    @Test
    void aSpeakerWithAnAppositionBetweenDashes() {
        String text = "On Thursday, Lord Bingham - a senior law lord - said the rules were incompatible with the law.";
        Quote q = quotes(text).get(0);
        assertThat(q.speakerText()).isEqualTo(at(text, "Lord Bingham - a senior law lord"));
        assertThat(q.text()).isEqualTo("the rules were incompatible with the law");
        String withTitle = "Paul Myers, chief executive of Wippit - a music service - said advertisers were wrong.";
        assertThat(quotes(withTitle).get(0).speakerText())
                .isEqualTo(at(withTitle, "Paul Myers, chief executive of Wippit - a music service"));
        // the phrase before the dashes is a preposition's object, not the subject
        String object = "Two of the largest airlines in the US - American and Southwest - said fuel had cost them.";
        assertThat(quotes(object).get(0).speakerText().text()).doesNotStartWith("the US");
    }

    @Test
    void theSpeakerIsTheNameAtTheHeadOfThePhrase() {
        EntityType person = EntityType.PERSON;
        EntityType org = EntityType.ORG;
        assertThat(speakerOf("Liberal Democrat peer Lord Carlile, the government's reviewer, said the ruling was "
                + "an embarrassment.", Map.of("Liberal Democrat", org, "Lord Carlile", person)))
                .isEqualTo("Lord Carlile");
        assertThat(speakerOf("The State Department's spokesman John Kirby said the talks had failed.",
                Map.of("State Department", org, "John Kirby", person))).isEqualTo("John Kirby");
        assertThat(speakerOf("Lord Nicholls of Birkenhead said the detention was unlawful.",
                Map.of("Lord Nicholls", person, "Birkenhead", EntityType.GPE))).isEqualTo("Lord Nicholls");
        assertThat(speakerOf("Ed Silliere, an analyst at Energy Merchant, said prices would rise.",
                Map.of("Ed Silliere", person, "Energy Merchant", org))).isEqualTo("Ed Silliere");
        // a title's holder is named in the apposition; a possessor or a modifier is not the speaker
        assertThat(speakerOf("Argentina's President, Nestor Kirchner, said the debt would be paid.",
                Map.of("Argentina", EntityType.GPE, "Nestor Kirchner", person))).isEqualTo("Nestor Kirchner");
        assertThat(speakerOf("Argentine Economy Minister, Roberto Lavagna, said the offer was final.",
                Map.of("Argentine", EntityType.MISC, "Roberto Lavagna", person))).isEqualTo("Roberto Lavagna");
        // a spokesman speaks for the body the phrase names
        assertThat(speakerOf("A spokesman for the People's Freedom Organisation said the raid was illegal.",
                Map.of("People's Freedom Organisation", org))).isEqualTo("People's Freedom Organisation");
    }

    private List<Quote> quotes(String text) {
        return attributor.process(analyzed(text)).quotes();
    }

    private static Excerpt at(String text, String part) {
        return at(text, part, 0);
    }

    /** The first occurrence of {@code part} at or after {@code from}. */
    private static Excerpt at(String text, String part, int from) {
        int start = text.indexOf(part, from);
        assertThat(start).as("fixture contains %s", part).isGreaterThanOrEqualTo(0);
        return new Excerpt(part, start, start + part.length());
    }

    @Test
    void spokesmanInTweetsRelayedByTelevisionWithEntities() {
        String text = "In a series of tweets, the ministry's spokesman said the raid was illegal, "
                + "the state TV channel reported.";
        Analysis analysis = withEntities(analyzed(text), "the ministry's spokesman", "the state TV channel");
        List<Quote> quotes = attributor.process(analysis).quotes();

        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.id()).isEqualTo("q1");
        assertThat(q.text()).isEqualTo("the raid was illegal");
        assertThat(q.start()).isEqualTo(text.indexOf("the raid"));
        assertThat(q.direct()).isFalse();
        assertThat(q.cue()).isEqualTo(at(text, "said"));
        assertThat(q.speakerText()).isEqualTo(at(text, "the ministry's spokesman"));
        assertThat(q.speaker()).isEqualTo("e1");
        assertThat(q.channel()).isEqualTo(at(text, "In a series of tweets"));
        Excerpt relay = at(text, "the state TV channel");
        assertThat(q.relays()).containsExactly(new Source("e2", relay.text(), relay.start(), relay.end()));
        assertThat(q.sources()).isEmpty();
    }

    @Test
    void datelineIsNoPartOfTheClaimAndCitedReportsComeBeforeTheRelay() {
        String text = "TIRANA (Reuters) - Police raided the camp, the state news agency ATA said.\n\n"
                + "The spokesman said the raid was illegal, citing press reports, the state TV channel reported.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).text()).isEqualTo("Police raided the camp");
        assertThat(quotes.get(0).speakerText()).isEqualTo(at(text, "the state news agency ATA"));
        Quote q = quotes.get(1);
        assertThat(q.text()).isEqualTo("the raid was illegal");
        assertThat(q.sources()).extracting(Source::text).containsExactly("press reports");
        assertThat(q.relays()).extracting(Source::text).containsExactly("the state TV channel");
    }

    @Test
    void aDatelineWithAnEnDashOrTheOneTheReaderFoundIsNoPartOfTheClaim() {
        String dashed = "RAIPUR (Press Trust of India) – Security forces killed seven rebels, police said.";
        assertThat(quotes(dashed)).extracting(Quote::text).containsExactly("Security forces killed seven rebels");
        String text = "BUENA PARK, Calif., May 16 (The Orange County Register News Service) – Police raided a house,"
                + " officials said.";
        Article article = new Article(text, null, null, null, text.substring(0, text.indexOf('–') + 1), null, "en",
                null);
        List<Quote> quotes = attributor.process(TEXT.process(Analysis.of(article))).quotes();
        assertThat(quotes).extracting(Quote::text).containsExactly("Police raided a house");
    }

    @Test
    void aPassiveNamingBeforeQuotedWordsIsPartOfTheTrailingSpeakersClaimAndNoCueInsideAChannelSpeaks() {
        String text = "The officials were declared \"persona non grata\", the ministry said in a statement posted "
                + "on Twitter.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.text()).isEqualTo("The officials were declared \"persona non grata\"");
        assertThat(q.speakerText()).isEqualTo(at(text, "the ministry"));
        assertThat(q.channel()).isEqualTo(at(text, "in a statement posted on Twitter"));
        String active = "The minister called the protesters \"thugs\", the agency reported.";
        assertThat(quotes(active).get(0).speakerText()).as("an active naming keeps its speaker")
                .isEqualTo(at(active, "The minister"));
    }

    @Test
    void whoPassedOnWhatOfficialsSaidAfterAccordingToIsARelay() {
        String text = "According to officials cited by the Times of India, the rebels had planned an attack. "
                + "The camp was empty, according to a spokesman quoted in China Daily.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("the rebels had planned an attack",
                "The camp was empty");
        assertThat(quotes.get(0).speakerText()).isEqualTo(at(text, "officials"));
        assertThat(quotes).extracting(q -> q.relays().get(0).text()).containsExactly("the Times of India",
                "China Daily");
    }

    @Test
    void aContrastWithItsOwnSpeakerAfterAParentheticalCueIsThatSpeakersClaim() {
        String text = "Air defences destroyed 30 drones overnight, the defence ministry said on Saturday, while the "
                + "regional governor said one woman was killed.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("Air defences destroyed 30 drones overnight",
                "one woman was killed");
        assertThat(quotes.get(1).speakerText()).isEqualTo(at(text, "the regional governor"));
    }

    @Test
    void theReportersLinkingAdverbOpensNoClaim() {
        assertThat(quotes("Separately, police detained 23 suspects in Istanbul, security sources said. However, "
                + "no jobs would be lost, he added.")).extracting(Quote::text)
                .containsExactly("police detained 23 suspects in Istanbul", "no jobs would be lost");
    }

    @Test
    void secondCueJoinedToTheFirstStartsAClaimOfItsOwn() {
        String text = "The minister said the raid was legal and warned that more would follow. "
                + "Karimi denied the claims, saying the camp was empty. "
                + "She said the plan was sound, though she acknowledged it was unlikely to work.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("the raid was legal", "more would follow",
                "the claims", "the camp was empty", "the plan was sound", "it was unlikely to work");
        assertThat(quotes.get(1).cue()).isEqualTo(at(text, "warned"));
        assertThat(quotes.get(1).speakerText()).isEqualTo(at(text, "The minister"));
        assertThat(quotes.get(3).speakerText()).isEqualTo(at(text, "Karimi"));
        assertThat(quotes.get(5).speakerText()).isEqualTo(at(text, "she", text.indexOf("though")));
    }

    @Test
    void wordOutsideTheLexiconIsACueWhereTheClassifierSaysSo() {
        // A classifier that calls "pledges" a cue wherever it stands: the rules around it still decide.
        QuoteAttributor judged = new QuoteAttributor(new CueClassifier(Map.of("bias", -1f, "w=pledges", 2f)));
        String text = "The mayor pledges to reopen the camp. Her pledges to reopen it were broken. "
                + "The mayor pledges at the camp.";
        List<Quote> quotes = judged.process(analyzed(text)).quotes();
        assertThat(quotes).extracting(Quote::text).containsExactly("to reopen the camp");
        assertThat(quotes.get(0).cue()).isEqualTo(at(text, "pledges"));
        assertThat(quotes.get(0).speakerText()).isEqualTo(at(text, "The mayor"));
    }

    @Test
    void speakerWithoutEntityKeepsItsTextAndNoId() {
        String text = "The spokesman said officials were cited as saying the camp would be closed.";
        Quote q = quotes(text).get(0);
        assertThat(q.speaker()).isNull();
        assertThat(q.speakerText()).isEqualTo(at(text, "The spokesman"));
        assertThat(q.text()).isEqualTo("officials were cited as saying the camp would be closed");
        Excerpt officials = at(text, "officials");
        assertThat(q.sources()).containsExactly(new Source(null, "officials", officials.start(), officials.end()));
    }

    @Test
    void officialsCitedAsSayingAreTheSpeakerWhenNobodyElseSpeaks() {
        String text = "Officials were cited as saying the camp would be closed within a week.";
        Quote q = quotes(text).get(0);
        assertThat(q.cue()).isEqualTo(at(text, "cited as saying"));
        assertThat(q.speakerText()).isEqualTo(at(text, "Officials"));
        assertThat(q.text()).isEqualTo("the camp would be closed within a week");
    }

    @Test
    void clauseBeforeHeAdded() {
        String text = "Police raided the camp at dawn. The group was a danger to the country, he added.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("The group was a danger to the country");
        assertThat(quotes.get(0).cue()).isEqualTo(at(text, "added"));
        int he = text.indexOf("he added");
        assertThat(quotes.get(0).speakerText()).isEqualTo(new Excerpt("he", he, he + 2));
    }

    @Test
    void accordingToBeforeAndAfterTheClaim() {
        String text = "According to the police, one person died. Dozens were hurt, according to local hospitals.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("one person died", "Dozens were hurt");
        assertThat(quotes).extracting(q -> q.speakerText().text()).containsExactly("the police", "local hospitals");
        assertThat(quotes).extracting(q -> q.cue().text()).containsExactly("According to", "according to");
        assertThat(quotes).extracting(Quote::id).containsExactly("q1", "q2");
    }

    @Test
    void aSpeakerPhraseIsNeverCutInsideAName() {
        String text = "The Korva Commission on Human Rights (KCHR) said officers fired. But Downing Street said no.";
        List<Quote> quotes = attributor.process(withNames(analyzed(text), Map.of(
                "Korva Commission on Human Rights", EntityType.ORG, "But Downing Street", EntityType.ORG))).quotes();
        assertThat(quotes).extracting(q -> q.speakerText().text())
                .containsExactly("Korva Commission on Human Rights (KCHR)", "Downing Street");
    }

    @Test
    void aScareQuotedWordOpeningTheClaimIsPartOfItButATitleIsNot() {
        String text = "The minister said that \"criminals\" had infiltrated the protests. She told MSNBC's \"Morning "
                + "Joe\" that the raid was legal.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("\"criminals\" had infiltrated the protests", "the raid was legal");
    }

    @Test
    void aStatementThatSpeaksSpeaksForWhoeverIssuedIt() {
        String text = "The raid was legal, the Korva Security Service said in a statement. Two guards were hurt, the "
                + "statement said. The report said nothing.";
        List<Quote> quotes = attributor.process(withNames(analyzed(text),
                Map.of("Korva Security Service", EntityType.ORG))).quotes();
        assertThat(quotes).hasSize(3);
        assertThat(quotes.get(1).speakerText().text()).isEqualTo("the statement");
        assertThat(quotes.get(1).speaker()).isNotNull().isEqualTo(quotes.get(0).speaker());
        assertThat(quotes.get(2).speaker()).as("no report went out before").isNull();
    }

    @Test
    void recordsAndPeopleFromSomewhereSpeakWithWhereTheyAreFrom() {
        String text = "Footage from the scene showed burning stalls. Officials from the ministry said it was legal. "
                + "It followed criticism from the committee, which said rates were too high.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(q -> q.speakerText().text())
                .containsExactly("Footage from the scene", "Officials from the ministry", "the committee, which");
    }

    @Test
    void aTrailingSpeakerWithAChannelFramesTheClaimsBeforeIt() {
        String text = "Ardenia said it was concerned and urged Korva to act with restraint, a spokesman said in an "
                + "emailed statement.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(q -> q.speakerText().text()).first().isEqualTo("a spokesman");
        assertThat(quotes.get(0).text())
                .isEqualTo("Ardenia said it was concerned and urged Korva to act with restraint");
        assertThat(quotes.get(0).channel().text()).isEqualTo("in an emailed statement");
    }

    @Test
    void aRelativePronounBeforeACueWordIsNoPartOfTheSpeaker() {
        String text = "The crew were taken to Bandar Abbas, according to a source close to the port authority who "
                + "spoke on condition of anonymity. The camp was empty, according to people who saw it.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(q -> q.speakerText().text())
                .containsExactly("a source close to the port authority", "people who saw it");
    }

    @Test
    void curlyQuoteSplitAroundSheSaidIsTwoPiecesOfOneAttribution() {
        String text = "\u201cWe will not leave,\u201d she said, \u201cbecause this is our home.\u201d";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(2);
        assertThat(quotes).extracting(Quote::text).containsExactly("We will not leave", "because this is our home.");
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.cue()).isEqualTo(at(text, "said"));
            assertThat(q.speakerText()).isEqualTo(at(text, "she"));
        });
        assertThat(quotes.get(0).start()).isEqualTo(1); // inside the opening mark
    }

    @Test
    void quotationRunningOverTwoParagraphsIsOneQuote() {
        String text = "The spokesman said: \"Nobody warned us.\n\n\"We lost everything in one night.\"\n\n"
                + "Police raided the camp on Tuesday.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.direct()).isTrue();
        assertThat(q.text()).isEqualTo("Nobody warned us.\n\n\"We lost everything in one night.");
        assertThat(q.speakerText()).isEqualTo(at(text, "The spokesman"));
    }

    @Test
    void partialQuoteStaysInsideTheReportedClause() {
        String text = "He said the group was \"a cult\" and should be banned.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("the group was \"a cult\" and should be banned");
        assertThat(quotes.get(0).direct()).isFalse();
    }

    @Test
    void invertedSpeakerWithApposition() {
        String text = "\u201cIt was illegal,\u201d said Ali Khan, the ministry's spokesman.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("It was illegal");
        assertThat(q.speakerText()).isEqualTo(at(text, "Ali Khan, the ministry's spokesman"));
    }

    @Test
    void reportedClauseBeforeAnInvertedSpeaker() {
        String text = "The committee has raised $56 million, said David Gilbert, its president. "
                + "The raid was legal, Ali Khan, the ministry's spokesman, said Tuesday.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("The committee has raised $56 million",
                "The raid was legal");
        assertThat(quotes.get(0).speakerText()).isEqualTo(at(text, "David Gilbert, its president"));
        assertThat(quotes.get(1).speakerText()).isEqualTo(at(text, "Ali Khan, the ministry's spokesman"));
    }

    @Test
    void weakCueNeedsANamedSubjectOrAThatClause() {
        assertThat(quotes("Many residents think the raid was illegal.")).isEmpty();
        String text = "Rajavi thinks the raid was illegal. Many residents think that it was legal.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("the raid was illegal", "it was legal");
        assertThat(quotes).extracting(q -> q.speakerText().text()).containsExactly("Rajavi", "Many residents");
    }

    @Test
    void sourcesTheSpeakerCitesAndAnOutletHeToldAreKeptApart() {
        String text = "The minister expressed hope that talks would resume, citing press reports. "
                + "The mayor told Reuters the city was safe.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).cue()).isEqualTo(at(text, "expressed hope"));
        assertThat(quotes.get(0).text()).isEqualTo("talks would resume");
        assertThat(quotes.get(0).sources()).extracting(Source::text).containsExactly("press reports");
        assertThat(quotes.get(1).text()).isEqualTo("the city was safe");
        assertThat(quotes.get(1).relays()).extracting(Source::text).containsExactly("Reuters");
    }

    @Test
    void theArticlesOwnVoiceIsNoQuote() {
        assertThat(quotes("Police raided the camp on Tuesday. One person died and dozens were hurt, "
                + "and the so-called \"terror group\" left the area.")).isEmpty();
    }

    @Test
    void twoApostrophesAreOneQuotationMark() {
        String text = "''The camp will stay open,'' said the mayor.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("The camp will stay open");
        assertThat(quotes.get(0).direct()).isTrue();
        assertThat(quotes.get(0).speakerText()).isEqualTo(at(text, "the mayor"));
    }

    @Test
    void quotationSignedAfterADash() {
        String text = "\u201cWe were asleep when the police came in.\u201d \u2014 Maryam Ahmadi\n\nThe raid ended at noon.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("We were asleep when the police came in.");
        assertThat(quotes.get(0).speakerText()).isEqualTo(at(text, "Maryam Ahmadi"));
    }

    @Test
    void passiveSubjectIsNoSpeakerButTheClauseIsStillAttributed() {
        String text = "The spokesman was asked whether the camp would close.";
        Quote q = quotes(text).get(0);
        assertThat(q.cue()).isEqualTo(at(text, "asked"));
        assertThat(q.text()).isEqualTo("whether the camp would close");
        assertThat(q.speakerText()).isNull();
        assertThat(q.speaker()).isNull();
    }

    @Test
    void passiveWithAnAgentIsTheAgentSpeakingAboutTheSubject() {
        String text = "The evacuation plan was rejected by opposition leaders on Monday.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("The evacuation plan");
        assertThat(q.cue()).isEqualTo(at(text, "rejected"));
        assertThat(q.speakerText()).isEqualTo(at(text, "opposition leaders"));
    }

    @Test
    void quoteClosingItsOwnSentenceIsFramedByTheNext() {
        String text = "\u201cWhy did they come at night?\u201d the spokesman said. Officials did not reply.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("Why did they come at night?");
        assertThat(quotes.get(0).speakerText()).isEqualTo(at(text, "the spokesman"));
    }

    @Test
    void attributionClosingTheSentenceFramesTheWholeClauseOverACueInsideIt() {
        String text = "A court in Ghent on Friday ordered the release of eight activists held at the port, "
                + "their lawyer said.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.text()).isEqualTo("A court in Ghent on Friday ordered the release of eight activists held "
                + "at the port");
        assertThat(q.cue()).isEqualTo(at(text, "said"));
        assertThat(q.speakerText()).isEqualTo(at(text, "their lawyer"));
        assertThat(q.relays()).isEmpty();
    }

    @Test
    void anOutletClosingTheSentenceRelaysTheCueInsideIt() {
        String text = "The minister welcomed the verdict, the state news agency reported.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("the verdict");
        assertThat(q.cue()).isEqualTo(at(text, "welcomed"));
        assertThat(q.relays()).extracting(Source::text).containsExactly("the state news agency");
    }

    @Test
    void channelAndTheMediumRelayingItAfterTheContentAreNoPartOfIt() {
        String text = "The interior minister praised on Friday the arrest of two smugglers in the port, "
                + "in a series of tweets relayed by the state TV channel RTK.";
        Analysis analysis = withEntities(analyzed(text), "RTK");
        Quote q = attributor.process(analysis).quotes().get(0);
        assertThat(q.text()).isEqualTo("the arrest of two smugglers in the port");
        assertThat(q.cue()).isEqualTo(at(text, "praised"));
        assertThat(q.speakerText()).isEqualTo(at(text, "The interior minister"));
        assertThat(q.channel()).isEqualTo(at(text, "in a series of tweets"));
        Excerpt relay = at(text, "the state TV channel RTK");
        assertThat(q.relays()).containsExactly(new Source("e1", relay.text(), relay.start(), relay.end()));
    }

    @Test
    void sourcesCitedInAParenthesisBelongToTheVerbAfterThem() {
        String text = "Ali Khan, citing police records, said the smugglers had used the port for years.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.text()).isEqualTo("the smugglers had used the port for years");
        assertThat(q.cue()).isEqualTo(at(text, "said"));
        assertThat(q.speakerText()).isEqualTo(at(text, "Ali Khan"));
        assertThat(q.sources()).extracting(Source::text).containsExactly("police records");
    }

    @Test
    void whatACitedSourceSaysIsItsOwnClaimPassedOnByTheSpeaker() {
        String text = "The mayor welcomed the arrests, citing police records that the smugglers had used the "
                + "port for years.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("the arrests",
                "the smugglers had used the port for years");
        Quote cited = quotes.get(1);
        assertThat(cited.cue()).isEqualTo(at(text, "citing"));
        assertThat(cited.speakerText()).isEqualTo(at(text, "The mayor"));
        assertThat(cited.sources()).extracting(Source::text).containsExactly("police records");
    }

    /**
     * A relative clause bounds what its cue can take, and "calls itself" is how a group names itself, no claim.
     * "denied the accusations" is kept as a claim whose content is what is denied: a fact-checker wants the
     * denial on record, and PolNeAR annotates such denials the same way.
     */
    @Test
    void relativeClauseNamingItselfIsNoClaimAndTheDenialAfterItIs() {
        String text = "The KSN, which calls itself a peaceful movement, denied the accusations.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("the accusations");
        assertThat(quotes.get(0).cue()).isEqualTo(at(text, "denied"));
        assertThat(quotes.get(0).speakerText()).isEqualTo(at(text, "The KSN"));

        String says = "The KSN, which says it has 5,000 members, denied the accusations.";
        assertThat(quotes(says)).extracting(Quote::text).containsExactly("it has 5,000 members", "the accusations");
    }

    @Test
    void aDescriptionSpeaksForTheEntityItRefersTo() {
        String text = "The network says it has more than 5,000 members across Europe.";
        Quote q = attributor.process(withEntities(analyzed(text), "The network")).quotes().get(0);
        assertThat(q.speakerText()).isEqualTo(at(text, "The network"));
        assertThat(q.speaker()).isEqualTo("e1");
        assertThat(q.text()).isEqualTo("it has more than 5,000 members across Europe");
    }

    @Test
    void aSubjectTooLongToReadBackFromTheCueIsTheNounPhraseOpeningTheClause() {
        String text = "A new batch of emails released by the ministry this week showed that the camp had been "
                + "watched for months.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("the camp had been watched for months");
        assertThat(q.cue()).isEqualTo(at(text, "showed"));
        assertThat(q.speakerText()).isEqualTo(at(text, "A new batch of emails"));
    }

    @Test
    void aTimePhraseOpeningTheClauseIsNoSpeaker() {
        String text = "A month later, the senator visited the camp and said the residents were safe.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("the residents were safe");
        assertThat(q.speakerText()).isEqualTo(at(text, "the senator"));
    }

    @Test
    void participleAfterBySpeaksForTheClausesSubject() {
        String text = "The mayor caused a stir last week by saying that the camp would close.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("the camp would close");
        assertThat(q.cue()).isEqualTo(at(text, "saying"));
        assertThat(q.speakerText()).isEqualTo(at(text, "The mayor"));
    }

    @Test
    void aOneWordObjectIsAllTheCueIsAbout() {
        String text = "The senator endorsed Rajavi. The minister said Tuesday.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("Rajavi");
        assertThat(quotes.get(0).cue()).isEqualTo(at(text, "endorsed"));
    }

    @Test
    void aPlaceOrTimeBeforeThatIsNoPartOfTheClaim() {
        assertThat(quotes("Clinton says in Ohio that she is thrilled to receive the endorsement."))
                .extracting(Quote::text).containsExactly("she is thrilled to receive the endorsement");
        assertThat(quotes("The agency reported at the time that the editor had met the minister."))
                .extracting(Quote::text).containsExactly("the editor had met the minister");
        // a "that" opening a relative clause belongs to the phrase, which stays with the claim
        assertThat(quotes("The minister said at the hospital that was shelled the raid had been legal."))
                .extracting(Quote::text).containsExactly("at the hospital that was shelled the raid had been legal");
    }

    @Test
    void aWeakCueWithAnInfinitiveIsAnIntention() {
        String text = "Many residents want to leave the camp before the winter.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("to leave the camp before the winter");
        assertThat(q.speakerText()).isEqualTo(at(text, "Many residents"));
        assertThat(quotes("Many residents want a new camp.")).isEmpty();
    }

    @Test
    void aBeInsideAnAppositionMakesNoPassive() {
        String text = "Bamberg, who is 28, said he joined the group after the raid.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("he joined the group after the raid");
        assertThat(q.speakerText()).isEqualTo(at(text, "Bamberg"));
    }

    @Test
    void aQuotationAfterSomeoneElseIsNamedDoesNotContinueTheEarlierSpeaker() {
        String text = "\u201cWe will stay,\u201d said Ali Khan.\n\n\u201cThe camp is our home and we will not "
                + "leave it.\u201d\n\nPolice later met Maryam Rajavi at the gate.\n\n\u201cNobody warned us about "
                + "the raid.\u201d";
        Analysis analysis = analyzed(text);
        List<Mention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (String name : List.of("Ali Khan", "Maryam Rajavi")) {
            int start = text.indexOf(name);
            Mention m = new Mention(start, start + name.length(), name, EntityType.PERSON, MentionKind.NAME, 0, 0);
            mentions.add(m);
            entities.add(new Entity("e" + (entities.size() + 1), name, EntityType.PERSON, List.of(), List.of(),
                    List.of(m)));
        }
        List<Quote> quotes = attributor.process(analysis.withMentions(mentions).withEntities(entities)).quotes();
        assertThat(quotes).extracting(Quote::text).containsExactly("We will stay",
                "The camp is our home and we will not leave it.");
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("e1"));
    }

    @Test
    void aNameWithItsAppositionOpeningTheSentenceSpeaksTheClauseAfterTheCue() {
        String text = "Frank Luntz, a pollster in Ohio, said Ali Khan and the ministry had misread the voters.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("Ali Khan and the ministry had misread the voters");
        assertThat(q.speakerText()).isEqualTo(at(text, "Frank Luntz, a pollster in Ohio"));
    }

    @Test
    void anIntentionIsAttributedWithItsInfinitive() {
        String text = "The campaign plans to spend $10 million on ads in Ohio.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("to spend $10 million on ads in Ohio");
        assertThat(q.cue()).isEqualTo(at(text, "plans"));
        assertThat(q.speakerText()).isEqualTo(at(text, "The campaign"));
        assertThat(quotes("The campaign plans a rally in Ohio.")).isEmpty();
    }

    @Test
    void adverbialsBeforeTheCueAreNoSpeaker() {
        String text = "Trump at the time said the raid was legal. Proponents of the plan, however, say it will "
                + "work. Lobbyists in general prefer to stay quiet.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(q -> q.speakerText().text()).containsExactly("Trump", "Proponents of the plan",
                "Lobbyists");
    }

    @Test
    void aThingCalledByANameHasNoSpeaker() {
        String text = "A super PAC called Our Principles is running ads. A reporter for AFP called it absolute chaos.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).speakerText()).isNull();
        assertThat(quotes.get(1).speakerText()).isEqualTo(at(text, "A reporter for AFP"));
        assertThat(quotes.get(1).text()).isEqualTo("it absolute chaos");
    }

    @Test
    void aNameWithARelativeClauseOpeningTheSentenceIsTheSubject() {
        String text = "Mike Murphy, who ran a rival campaign, said the senator had little chance.";
        Quote q = quotes(text).get(0);
        assertThat(q.speakerText()).isEqualTo(at(text, "Mike Murphy"));
        assertThat(q.text()).isEqualTo("the senator had little chance");
    }

    @Test
    void theClausesSubjectStandsPastTheDatelineAndAnOpeningParticiple() {
        String text = "GHENT, Belgium - Rallying hundreds of dock workers, the senator toured the docks and "
                + "promised that wages would rise.";
        Quote q = quotes(text).get(0);
        assertThat(q.text()).isEqualTo("wages would rise");
        assertThat(q.cue()).isEqualTo(at(text, "promised"));
        assertThat(q.speakerText()).isEqualTo(at(text, "the senator"));
    }

    @Test
    void aRubricOrAnInterviewLabelBeforeAColonIsNoSpeaker() {
        String text = "The Latest: Albanian police raid the camp at dawn.\n\nQ: Do you think the raid was legal?\n\n"
                + "Rajavi: We will not leave our home.";
        List<Quote> quotes = quotes(text);
        assertThat(quotes).extracting(q -> q.speakerText().text()).containsExactly("you", "Rajavi");
        assertThat(quotes.get(0).text()).isEqualTo("the raid was legal");
        assertThat(quotes.get(1).text()).isEqualTo("We will not leave our home");
    }
}
