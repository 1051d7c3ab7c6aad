package org.lede.store;

/**
 * A stored article as a search hit shows it.
 *
 * @param published ISO date, or null
 * @param lead      the opening of the body, for a snippet
 */
public record ArticleSummary(String id, String title, String outlet, String published, String url, String lead) {
}
