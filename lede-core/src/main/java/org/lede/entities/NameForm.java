package org.lede.entities;

import java.util.List;
import org.lede.model.EntityType;
import org.lede.model.Mention;

/**
 * A name mention read as a name: its core without a leading "the", courtesy title or office
 * ("President Hassan Rouhani" has the core "Hassan Rouhani"), the core's lower-cased words and its key.
 *
 * @param index     its index in the article's name mentions
 * @param coreFirst first token of the core
 * @param coreEnd   the token after the core (before a possessive "'s")
 * @param words     the core's words, lower case, periods dropped from acronyms ("u.n." is "un")
 * @param key       the words joined by spaces: names with one key are one name
 * @param display   the core as the article writes it
 * @param acronym   a single all-capitals token such as "PMOI" or "U.N."
 * @param gender    what a courtesy title or office in or just before the mention says
 */
record NameForm(Mention mention, int index, int coreFirst, int coreEnd, List<String> words, String key, String display,
                boolean acronym, Gender gender) {

    EntityType type() {
        return mention.type();
    }
}
