package org.lede.store;

import java.util.List;

/**
 * Claims found by their provenance, newest article first.
 *
 * @param total how many claims match, of which {@code claims} holds the first ones
 */
public record ClaimList(long total, List<Claim> claims) {

    public ClaimList {
        claims = List.copyOf(claims);
    }

    /**
     * One claim and its provenance chain, read from the outlet inwards: outlet ← relays ← speaker ← sources.
     *
     * @param speaker the speaker's canonical name, or null
     */
    public record Claim(String articleId, String title, String outlet, String published, String quoteId,
                        String text, String speaker, List<Link> chain) {
        public Claim {
            chain = List.copyOf(chain);
        }
    }

    /** @param role "outlet", "relay", "speaker" or "source" */
    public record Link(String role, String text) {
    }
}
