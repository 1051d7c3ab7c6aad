package org.lede.store;

import java.util.List;

/**
 * One page of a search and the facets of all its matches.
 *
 * @param total    how many articles match
 * @param hits     this page: by relevance when the query has text, otherwise newest first
 * @param outlets  the outlets among the matches, most frequent first
 * @param months   publication months ("2023-06") among the matches, most frequent first
 * @param entities the entities most often mentioned by the matches, by canonical name
 * @param techniques the persuasion techniques the matches use, by how many matches use each
 */
public record SearchResult(long total, List<ArticleSummary> hits, List<FacetCount> outlets, List<FacetCount> months,
                           List<FacetCount> entities, List<FacetCount> techniques) {
    /** How many values each facet lists. */
    public static final int FACET_SIZE = 10;

    public SearchResult {
        hits = List.copyOf(hits);
        outlets = List.copyOf(outlets);
        months = List.copyOf(months);
        entities = List.copyOf(entities);
        techniques = List.copyOf(techniques);
    }

    /** One value of a facet and how many matching articles have it. */
    public record FacetCount(String value, long count) {
    }
}
