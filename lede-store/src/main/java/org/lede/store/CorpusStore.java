package org.lede.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A durable corpus of analysed articles: the stored {@code lede/1} documents and the rows that answer
 * questions across them. Every implementation passes the same contract tests ({@code CorpusStoreContract}).
 *
 * <p>Writes are atomic per article: a reader sees an article with all its rows or not at all, and an
 * article is durable once {@link #put} has returned. Implementations are safe to share between threads.
 */
public interface CorpusStore extends AutoCloseable {
    /** A search result page size no caller may exceed, so one request cannot ask for the whole corpus. */
    int MAX_PAGE = 100;

    /**
     * Stores one {@code lede/1} document. Idempotent: a document whose content (headline and text) is already
     * stored changes nothing; one with a stored URL but new content replaces that article under the same id.
     *
     * @throws StoreException when the document is not a lede/1 analysis or the store cannot be written
     */
    default PutResult put(JsonNode document) {
        return putAll(List.of(document)).get(0);
    }

    /**
     * Stores documents as {@link #put} does one by one, in one transaction: all of them are stored when it
     * returns, or, when it throws, none. One commit for many articles is what makes a bulk ingest fast; a
     * document later in the list sees the ones before it (a repeated content is UNCHANGED).
     *
     * @return one result per document, in order
     * @throws StoreException when a document is not a lede/1 analysis (then nothing is written) or the store
     *                        cannot be written
     */
    List<PutResult> putAll(List<? extends JsonNode> documents);

    /** True when an article with this content is stored: a resumed ingest skips it without analysing it. */
    boolean containsContent(String contentHash);

    /** The stored {@code lede/1} document, exactly as it was put. */
    Optional<String> document(String articleId);

    /** The number of stored articles. */
    long count();

    /** Articles by text, outlet, date range, entity, speaker and technique, with facet counts over all matches. */
    SearchResult search(SearchQuery query);

    /** What the corpus says about an entity, found by any of its names; empty when no article mentions it. */
    Optional<EntityProfile> entity(String name);

    /** Every claim whose provenance chain has a relay or source whose words contain the phrase. */
    ClaimList claimsRestingOn(String phrase, int limit);

    /** Events across the corpus by type, place and date, latest first. */
    EventList events(EventQuery query);

    /**
     * Recomputes the clusters of articles that report the same event, for the articles published from
     * {@code from} to {@code to}: every cluster they could join or leave is computed again, the window widened
     * by the clusterer's date window and to the whole of the clusters it touches. {@code lede ingest} calls it
     * over the dates of what it stored; the server's {@code POST /api/clusters/recompute} likewise.
     *
     * @return how many clusters of two or more articles the recomputed window holds
     */
    int recluster(LocalDate from, LocalDate to);

    /** Clusters of two or more articles with an article published in [from, to] (either may be null), latest first. */
    List<EventCluster.Summary> clusters(LocalDate from, LocalDate to, int limit);

    /** A cluster with its reports side by side; empty when no cluster has this id. */
    Optional<EventCluster> cluster(String clusterId);

    /** The id of the cluster an article belongs to; empty when it is in none (yet). */
    Optional<String> clusterOf(String articleId);

    @Override
    void close();
}
