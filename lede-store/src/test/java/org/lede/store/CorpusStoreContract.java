package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lede.store.ClaimList.Claim;
import org.lede.store.ClaimList.Link;
import org.lede.store.EntityProfile.Count;
import org.lede.store.EntityProfile.Label;
import org.lede.store.EventList.StoredEvent;
import org.lede.store.SearchResult.FacetCount;

/**
 * The behaviour every corpus store promises, run against each implementation: the embedded SQLite + Lucene
 * store and PostgreSQL. A subclass says how to make an empty corpus and how to open it.
 */
abstract class CorpusStoreContract {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    CorpusStore store;

    /** The database's dialect, for building a store of an older schema version. */
    abstract Dialect dialect();

    /** The corpus's database itself, bypassing the store. */
    abstract DataSource database();

    /** Makes the corpus the next {@link #open()} calls see empty. */
    abstract void emptyCorpus() throws Exception;

    /** Opens the corpus; called again to reopen it after a close. */
    abstract CorpusStore open();

    @BeforeEach
    void openEmpty() throws Exception {
        emptyCorpus();
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private void putAll() {
        store.put(Corpus.ferryStrike());
        store.put(Corpus.strikeTalks());
        store.put(Corpus.harbourFire());
    }

    private static List<String> titles(SearchResult result) {
        return result.hits().stream().map(ArticleSummary::title).toList();
    }

    @Test
    void storedDocumentIsReturnedAsItWasPut() throws Exception {
        ObjectNode document = Corpus.ferryStrike();
        PutResult result = store.put(document);

        assertThat(result.outcome()).isEqualTo(PutResult.Outcome.STORED);
        assertThat(ContentHash.isArticleId(result.articleId())).isTrue();
        assertThat(MAPPER.readTree(store.document(result.articleId()).orElseThrow())).isEqualTo(document);
        assertThat(store.document("0000000000000000")).isEmpty();
    }

    @Test
    void puttingTheSameContentTwiceChangesNothing() {
        PutResult first = store.put(Corpus.ferryStrike());
        PutResult again = store.put(Corpus.ferryStrike());
        ObjectNode sameStoryOtherUrl = Corpus.ferryStrike();
        ((ObjectNode) sameStoryOtherUrl.get("article")).put("url", "https://mirror.example/ferry");
        PutResult mirrored = store.put(sameStoryOtherUrl);

        assertThat(again).isEqualTo(new PutResult(first.articleId(), PutResult.Outcome.UNCHANGED));
        assertThat(mirrored).isEqualTo(new PutResult(first.articleId(), PutResult.Outcome.UNCHANGED));
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.search(SearchQuery.text("ferry")).total()).isEqualTo(1);
        assertThat(store.containsContent(ContentHash.of("Ferry crews strike in Durres",
                Corpus.ferryStrike().get("article").get("text").asText()))).isTrue();
        assertThat(store.containsContent(ContentHash.of("Another headline", "Another body."))).isFalse();
    }

    @Test
    void newContentAtAStoredUrlReplacesTheArticleUnderItsId() {
        PutResult first = store.put(Corpus.ferryStrike());
        ObjectNode revised = Corpus.ferryStrike();
        ((ObjectNode) revised.get("article")).put("text", "DURRES (Adriatic Press) - The ferry strike was called off.");
        revised.putArray("entities");
        revised.putArray("quotes");

        PutResult second = store.put(revised);

        assertThat(second).isEqualTo(new PutResult(first.articleId(), PutResult.Outcome.UPDATED));
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.document(first.articleId()).orElseThrow()).contains("called off");
        assertThat(store.search(SearchQuery.text("sail")).total()).isZero();
        assertThat(store.search(SearchQuery.text("called off")).total()).isEqualTo(1);
        assertThat(store.entity("Arta Hoxha")).isEmpty();
    }

    @Test
    void searchFindsWordsInHeadlineAndBodyWhateverTheirForm() {
        putAll();

        assertThat(titles(store.search(SearchQuery.text("warehouse")))).containsExactly("Warehouse fire in Vlore harbour");
        // "strikes" in one story and "strike" in the other: both are the same word to the search.
        assertThat(titles(store.search(SearchQuery.text("STRIKES")))).containsExactlyInAnyOrder(
                "Ferry crews strike in Durres", "Strike talks resume");
        assertThat(titles(store.search(SearchQuery.text("strike ministry offer")))).containsExactly("Strike talks resume");
        assertThat(store.search(SearchQuery.text("strike -talks")).total()).isEqualTo(1);
        assertThat(store.search(SearchQuery.text("\"made no offer\"")).total()).isEqualTo(1);
        assertThat(store.search(SearchQuery.text("volcano")).total()).isZero();
    }

    @Test
    void textThatIsNotValidQuerySyntaxIsSearchedAsWords() {
        putAll();

        assertThat(store.search(SearchQuery.text("fire) AND (")).total()).isEqualTo(1);
    }

    @Test
    void searchFiltersByOutletDateEntityAndSpeaker() {
        putAll();

        assertThat(titles(store.search(SearchQuery.all().outlet("adriatic press")))).containsExactly(
                "Warehouse fire in Vlore harbour", "Ferry crews strike in Durres");
        assertThat(titles(store.search(SearchQuery.all().between(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 3)))))
                .containsExactly("Strike talks resume");
        assertThat(titles(store.search(SearchQuery.all().between(null, LocalDate.of(2023, 6, 20)))))
                .containsExactly("Ferry crews strike in Durres");
        // By an alias, ignoring case.
        assertThat(titles(store.search(SearchQuery.all().entity("hoxha")))).containsExactly(
                "Strike talks resume", "Ferry crews strike in Durres");
        assertThat(titles(store.search(SearchQuery.all().speaker("State TV")))).isEmpty();
        assertThat(titles(store.search(SearchQuery.all().speaker("Fire Service"))))
                .containsExactly("Warehouse fire in Vlore harbour");
        assertThat(titles(store.search(SearchQuery.text("strike").outlet("Balkan Wire").speaker("Hoxha"))))
                .containsExactly("Strike talks resume");
    }

    @Test
    void withoutWordsTheNewestComeFirstAndPagesFollowOn() {
        putAll();

        SearchResult first = store.search(SearchQuery.all().limit(2));
        SearchResult second = store.search(SearchQuery.all().limit(2).offset(2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(titles(first)).containsExactly("Warehouse fire in Vlore harbour", "Strike talks resume");
        assertThat(titles(second)).containsExactly("Ferry crews strike in Durres");
        assertThat(second.total()).isEqualTo(3);
        ArticleSummary hit = second.hits().get(0);
        assertThat(hit.outlet()).isEqualTo("Adriatic Press");
        assertThat(hit.published()).isEqualTo("2023-06-20");
        assertThat(hit.url()).isEqualTo("https://adriatic.example/ferry-strike");
        assertThat(hit.lead()).startsWith("DURRES (Adriatic Press) - Ferry crews");
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() {
        putAll();

        SearchResult result = store.search(SearchQuery.all().limit(1));

        assertThat(result.outlets()).containsExactly(new FacetCount("Adriatic Press", 2), new FacetCount("Balkan Wire", 1));
        assertThat(result.months()).containsExactly(new FacetCount("2023-07", 2), new FacetCount("2023-06", 1));
        assertThat(result.entities()).startsWith(new FacetCount("Arta Hoxha", 2));
        assertThat(store.search(SearchQuery.text("strike")).outlets()).containsExactlyInAnyOrder(
                new FacetCount("Adriatic Press", 1), new FacetCount("Balkan Wire", 1));
    }

    @Test
    void entityProfileGathersNamesLabelsAndWhoCarriesItsWords() {
        putAll();

        EntityProfile hoxha = store.entity("hoxha").orElseThrow();

        assertThat(hoxha.name()).isEqualTo("Arta Hoxha");
        assertThat(hoxha.type()).isEqualTo("PERSON");
        assertThat(hoxha.articles()).isEqualTo(2);
        assertThat(hoxha.aliases()).containsExactly(new Count("Hoxha", 2));
        assertThat(hoxha.labels()).containsExactly(
                new Label("Adriatic Press", "2023-06", "the union's spokeswoman", "role", null, 1),
                new Label("Balkan Wire", "2023-07", "a union leader", "role", null, 1));
        assertThat(hoxha.quotedBy()).containsExactlyInAnyOrder(
                new Count("Adriatic Press", 1), new Count("Balkan Wire", 1), new Count("state TV", 1));
        assertThat(hoxha.claims()).isEqualTo(2);
        assertThat(store.entity("State TV").orElseThrow().quoting()).containsExactly(new Count("Arta Hoxha", 1));
        assertThat(store.entity("port authority").orElseThrow().quoting())
                .containsExactly(new Count("shipping agents", 1));
        assertThat(store.entity("Nobody Known")).isEmpty();
    }

    @Test
    void searchFiltersAndCountsByTechnique() {
        putAll();
        store.put(Corpus.ferryStrikeReported());

        assertThat(titles(store.search(SearchQuery.all().technique("Loaded_Language"))))
                .containsExactly("Ferry walkout strands passengers");
        assertThat(store.search(SearchQuery.text("ferry").technique("Doubt")).total()).isZero();
        assertThat(store.search(SearchQuery.all()).techniques()).containsExactly(
                new FacetCount("Loaded_Language", 1), new FacetCount("Name_Calling,Labeling", 1));
        assertThat(store.search(SearchQuery.all().outlet("Adriatic Press")).techniques()).isEmpty();
    }

    @Test
    void eventsAreFoundByTypePlaceAndDate() {
        putAll();
        store.put(Corpus.ferryStrikeReported());

        EventList protests = store.events(EventQuery.all().type("protest"));

        assertThat(protests.total()).isEqualTo(2);
        StoredEvent walkout = protests.events().stream().filter(e -> e.outlet().equals("Balkan Wire")).findFirst()
                .orElseThrow();
        assertThat(walkout.trigger()).isEqualTo("walked out");
        assertThat(walkout.actor()).isEqualTo("Seafarers Union");
        assertThat(walkout.place()).isEqualTo("Durres");
        assertThat(walkout.target()).isNull();
        // The day the event happened, not the day after when the article came out.
        assertThat(walkout.date()).isEqualTo("2023-06-20");
        assertThat(walkout.published()).isEqualTo("2023-06-21");
        assertThat(walkout.counts().path("arrested").path("min").asInt()).isEqualTo(2);
        assertThat(walkout.modality()).isEqualTo("happened");
        assertThat(store.events(EventQuery.all().type("14")).total()).isEqualTo(2);
        assertThat(store.events(EventQuery.all().type("FIGHT")).total()).isZero();
        assertThat(store.events(EventQuery.all().place("DURRES")).total()).isEqualTo(2);
        assertThat(store.events(EventQuery.all().place("Vlore")).total()).isZero();
        assertThat(store.events(EventQuery.all().between(LocalDate.of(2023, 6, 21), null)).total()).isZero();
        assertThat(store.events(EventQuery.all().between(LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 20)))
                .events()).hasSize(2);
    }

    @Test
    void reportsOfTheSameEventClusterSideBySide() {
        String first = store.put(Corpus.ferryStrike()).articleId();
        putAll();
        String second = store.put(Corpus.ferryStrikeReported()).articleId();

        int clusters = store.recluster(LocalDate.of(2023, 6, 20), LocalDate.of(2023, 7, 10));

        assertThat(clusters).isEqualTo(1);
        assertThat(store.clusters(null, null, 10)).containsExactly(new EventCluster.Summary(first, "PROTEST 141",
                "2023-06-20", "2023-06-21", 2, 2, "Ferry crews strike in Durres"));
        assertThat(store.clusters(LocalDate.of(2023, 7, 1), null, 10)).isEmpty();
        assertThat(store.clusterOf(second)).contains(first);
        EventCluster cluster = store.cluster(first).orElseThrow();
        assertThat(cluster.reports()).extracting(r -> r.article().outlet()).containsExactly("Adriatic Press", "Balkan Wire");
        assertThat(cluster.reports().get(1).techniques()).isEqualTo(Map.of("Loaded_Language", 1, "Name_Calling,Labeling", 1));
        assertThat(cluster.reports().get(1).events()).containsExactly("PROTEST 141: walked out");
        EventCluster.Actor union = cluster.actors().stream().filter(a -> a.name().equals("Seafarers Union"))
                .findFirst().orElseThrow();
        assertThat(union.participant()).isTrue();
        assertThat(union.wordings()).extracting(EventCluster.Wording::outlet).containsExactly("Adriatic Press", "Balkan Wire");
        assertThat(union.wordings().get(1).labels()).containsExactly(
                new EventCluster.Label("Militant", "article", "delegitimising"));
        EventCluster.Actor hoxha = cluster.actors().stream().filter(a -> a.name().equals("Arta Hoxha"))
                .findFirst().orElseThrow();
        assertThat(hoxha.wordings()).extracting(w -> w.descriptions().get(0))
                .containsExactly("the union's spokeswoman", "a union firebrand");
        assertThat(store.cluster("0000000000000000")).isEmpty();
    }

    @Test
    void reclusteringAgainChangesNothingAndForgetsWhatNoLongerGroups() {
        putAll();
        store.put(Corpus.ferryStrikeReported());
        store.recluster(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 6, 21));
        List<EventCluster.Summary> once = store.clusters(null, null, 10);

        store.recluster(LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 20));

        assertThat(store.clusters(null, null, 10)).isEqualTo(once).hasSize(1);
        // The second report now tells of something else: the cluster it made is gone with it.
        ObjectNode changed = Corpus.ferryStrikeReported();
        ((ObjectNode) changed.get("article")).put("text", "A quiet day at sea; nothing to report.");
        changed.withArray("events").removeAll();
        changed.withArray("entities").removeAll();
        changed.withArray("frames").removeAll();
        store.put(changed);
        store.recluster(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 6, 21));
        assertThat(store.clusters(null, null, 10)).isEmpty();
    }

    @Test
    void entityProfileHasTheFramingLabelsWithTheirPolarity() {
        putAll();
        store.put(Corpus.ferryStrikeReported());

        assertThat(store.entity("Arta Hoxha").orElseThrow().labels()).contains(
                new Label("Balkan Wire", "2023-06", "a union firebrand", "label", "delegitimising", 1),
                new Label("Balkan Wire", "2023-06", "a union firebrand", "role", null, 1));
        assertThat(store.entity("Seafarers Union").orElseThrow().labels()).containsExactly(
                new Label("Balkan Wire", "2023-06", "Militant", "label", "delegitimising", 1));
    }

    @Test
    void aStoreOfTheFirstSchemaIsUpgradedInPlaceWithItsArticlesQueryable() throws Exception {
        store.close();
        emptyCorpus();
        new Migrations(dialect(), List.of("V1__corpus")).migrate(database());
        ObjectNode document = Corpus.ferryStrikeReported();
        ArticleRecord record = ArticleRecord.from(document);
        try (Connection connection = database().getConnection();
             PreparedStatement insert = connection.prepareStatement(dialect().insertArticle())) {
            int i = 0;
            for (String value : new String[] {record.id(), record.contentHash(), record.url(), record.title(),
                    record.outlet(), ArticleRecord.key(record.outlet()), record.published(), null, null,
                    record.lead(), MAPPER.writeValueAsString(document), "2023-06-21T00:00:00Z"}) {
                insert.setString(++i, value);
            }
            if (dialect() == Dialect.POSTGRESQL) {
                insert.setString(++i, CorpusTables.searchableText(record));
            }
            insert.executeUpdate();
        }

        store = open();

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.events(EventQuery.all().place("Durres")).events()).extracting(StoredEvent::articleId)
                .containsExactly(record.id());
        assertThat(titles(store.search(SearchQuery.all().technique("Loaded_Language"))))
                .containsExactly("Ferry walkout strands passengers");
        assertThat(store.put(document).outcome()).isEqualTo(PutResult.Outcome.UNCHANGED);
    }

    @Test
    void provenanceFindsEveryClaimRestingOnASourceWithItsChain() {
        putAll();

        ClaimList officials = store.claimsRestingOn("officials were cited", 10);

        assertThat(officials.total()).isEqualTo(1);
        Claim claim = officials.claims().get(0);
        assertThat(claim.text()).isEqualTo("a deal was near");
        assertThat(claim.outlet()).isEqualTo("Balkan Wire");
        assertThat(claim.chain()).containsExactly(new Link("outlet", "Balkan Wire"),
                new Link("source", "Officials were cited as saying"));
        // A relay is a link a claim rests on too; the words of a claim itself are not its provenance.
        assertThat(store.claimsRestingOn("state tv", 10).claims()).extracting(Claim::speaker)
                .containsExactly("Arta Hoxha");
        assertThat(store.claimsRestingOn("expected delays", 10).total()).isZero();
        assertThat(store.claimsRestingOn("%", 10).total()).isZero();
    }

    @Test
    void whatWasStoredIsThereAfterReopening() {
        putAll();
        store.close();

        store = open();

        assertThat(store.count()).isEqualTo(3);
        assertThat(store.search(SearchQuery.text("warehouse")).total()).isEqualTo(1);
        assertThat(store.put(Corpus.harbourFire()).outcome()).isEqualTo(PutResult.Outcome.UNCHANGED);
    }

    @Test
    void aDocumentThatIsNotLede1IsRefusedAndNothingIsStored() {
        ObjectNode wrongSchema = Corpus.harbourFire().put("schema", "lede/0");
        ObjectNode badDate = Corpus.harbourFire();
        ((ObjectNode) badDate.get("article")).put("published", "last week");

        assertThatThrownBy(() -> store.put(wrongSchema)).isInstanceOf(StoreException.class).hasMessageContaining("lede/1");
        assertThatThrownBy(() -> store.put(badDate)).isInstanceOf(StoreException.class).hasMessageContaining("last week");
        assertThat(store.count()).isZero();
    }

    @Test
    void concurrentWritersStoreEveryArticleOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<PutResult>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i % 20;
            results.add(pool.submit(() -> store.put(DocumentBuilder.article("Bulletin " + n, "Wire", "2023-08-01", null,
                    "Bulletin number " + n + " from the harbour.").build())));
        }
        long stored = 0;
        for (Future<PutResult> result : results) {
            stored += result.get().outcome() == PutResult.Outcome.STORED ? 1 : 0;
        }
        pool.shutdown();

        assertThat(stored).isEqualTo(20);
        assertThat(store.count()).isEqualTo(20);
        assertThat(store.search(SearchQuery.text("bulletin")).total()).isEqualTo(20);
    }

    @Test
    void aBatchIsStoredAsPutsOneByOneWouldStoreIt() {
        ObjectNode revisedStrike = Corpus.ferryStrike();
        ((ObjectNode) revisedStrike.get("article")).put("text", "DURRES (Adriatic Press) - The ferry strike was called off.");
        revisedStrike.putArray("entities");
        revisedStrike.putArray("quotes");

        List<PutResult> results = store.putAll(List.of(Corpus.ferryStrike(), Corpus.strikeTalks(), Corpus.ferryStrike(),
                Corpus.harbourFire(), revisedStrike));

        assertThat(results).extracting(PutResult::outcome).containsExactly(PutResult.Outcome.STORED,
                PutResult.Outcome.STORED, PutResult.Outcome.UNCHANGED, PutResult.Outcome.STORED,
                PutResult.Outcome.UPDATED);
        assertThat(results.get(2).articleId()).isEqualTo(results.get(0).articleId());
        assertThat(results.get(4).articleId()).isEqualTo(results.get(0).articleId());
        assertThat(store.count()).isEqualTo(3);
        assertThat(store.search(SearchQuery.text("warehouse")).total()).isEqualTo(1);
        assertThat(store.search(SearchQuery.text("called off")).total()).isEqualTo(1);
        assertThat(store.search(SearchQuery.text("sail")).total()).isZero();
        assertThat(store.search(SearchQuery.all().speaker("Arta Hoxha")).total()).isEqualTo(1);
    }

    @Test
    void aBatchHoldingADocumentThatIsNotLede1StoresNothing() {
        ObjectNode wrongSchema = Corpus.harbourFire().put("schema", "lede/0");

        assertThatThrownBy(() -> store.putAll(List.of(Corpus.ferryStrike(), wrongSchema)))
                .isInstanceOf(StoreException.class).hasMessageContaining("lede/1");
        assertThat(store.count()).isZero();
        assertThat(store.search(SearchQuery.text("ferry")).total()).isZero();
    }

    @Test
    void facetsAddUpOverArticlesWrittenBetweenSearches() {
        // Each search after a write sees a new part of the index (a Lucene segment): counts must add up over all.
        store.put(Corpus.ferryStrike());
        store.search(SearchQuery.all());
        store.put(Corpus.strikeTalks());
        store.search(SearchQuery.all());
        store.put(Corpus.harbourFire());

        SearchResult result = store.search(SearchQuery.all());

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.outlets()).containsExactly(new FacetCount("Adriatic Press", 2), new FacetCount("Balkan Wire", 1));
        assertThat(result.months()).containsExactly(new FacetCount("2023-07", 2), new FacetCount("2023-06", 1));
        assertThat(result.entities()).startsWith(new FacetCount("Arta Hoxha", 2));
    }
}
