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
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Excerpt> roles,
                     List<Mention> mentions) {

    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
