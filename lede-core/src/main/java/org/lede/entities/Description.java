package org.lede.entities;

import org.lede.model.EntityType;

/**
 * A definite or demonstrative description found in the text ("the terror group", "this cult",
 * "the ministry's spokesman"), tokens [first, end), before it is linked to anything.
 *
 * @param head        its head word, lower case ("group", "spokesman")
 * @param type        the type of entity it can refer to
 * @param scope       which entities of the type it can refer to
 */
record Description(int first, int end, String head, EntityType type, Lexicon.HeadScope scope) {
}
