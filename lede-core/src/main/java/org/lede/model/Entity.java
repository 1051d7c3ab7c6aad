package org.lede.model;

import java.util.List;

/**
 * One real-world referent of the article with every mention that refers to it.
 *
 * @param id       stable within one analysis ("e1", "e2", … in order of first mention)
 * @param name     canonical name: the fullest proper name the article gives
 * @param aliases  the other names it goes by in the article (surname, acronym, expansion)
 * @param roles    titles and appositions attached to it ("the ministry's spokesman")
 * @param mentions every mention, in text order
 * @param link     its knowledge-base entry when exactly one fits, else null
 * @param linkCandidates the entries it could be when several fit and the article does not settle which
 *                 (then {@code link} is null: an ambiguous name is reported, not guessed); else empty
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Excerpt> roles,
                     List<Mention> mentions, EntityLink link, List<EntityLink> linkCandidates) {

    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
        linkCandidates = List.copyOf(linkCandidates);
    }

    /** An entity not (yet) linked to any knowledge base. */
    public Entity(String id, String name, EntityType type, List<String> aliases, List<Excerpt> roles,
                  List<Mention> mentions) {
        this(id, name, type, aliases, roles, mentions, null, List.of());
    }

    public Entity withLink(EntityLink link, List<EntityLink> linkCandidates) {
        return new Entity(id, name, type, aliases, roles, mentions, link, linkCandidates);
    }

    public Entity withId(String id) {
        return new Entity(id, name, type, aliases, roles, mentions, link, linkCandidates);
    }
}
