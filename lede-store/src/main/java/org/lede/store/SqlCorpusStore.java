package org.lede.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What both stores answer from their SQL tables alone, the same way whatever the database: the lookups,
 * the entity profile, provenance, events and event clusters. The stores differ in how they write and
 * search (SQLite with a Lucene index beside it, or PostgreSQL's own full-text search).
 */
abstract class SqlCorpusStore implements CorpusStore {
    final CorpusTables tables;
    final EventClusters clusters;

    SqlCorpusStore(DataSource dataSource, Dialect dialect) {
        this.tables = new CorpusTables(dataSource, dialect);
        this.clusters = new EventClusters(tables, dialect);
    }

    @Override
    public boolean containsContent(String contentHash) {
        return tables.containsContent(contentHash);
    }

    @Override
    public Optional<String> document(String articleId) {
        return tables.document(articleId);
    }

    @Override
    public long count() {
        return tables.count();
    }

    @Override
    public Optional<EntityProfile> entity(String name) {
        return tables.entity(name);
    }

    @Override
    public ClaimList claimsRestingOn(String phrase, int limit) {
        return tables.claimsRestingOn(phrase, limit);
    }

    @Override
    public EventList events(EventQuery query) {
        return tables.events(query);
    }

    @Override
    public int recluster(LocalDate from, LocalDate to) {
        return clusters.recluster(from, to);
    }

    @Override
    public List<EventCluster.Summary> clusters(LocalDate from, LocalDate to, int limit) {
        return clusters.clusters(from, to, limit);
    }

    @Override
    public Optional<EventCluster> cluster(String clusterId) {
        return clusters.cluster(clusterId);
    }

    @Override
    public Optional<String> clusterOf(String articleId) {
        return clusters.clusterOf(articleId);
    }
}
