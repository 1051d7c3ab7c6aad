package org.lede.entities;

import java.util.List;
import org.lede.model.Excerpt;

/**
 * A title or apposition naming what a person is ("former prime minister", "a spokesman for the group").
 *
 * @param titles the office words in it ("spokesman"), which later descriptions ("the spokesman") match
 * @param gender what its office words say of the person's gender
 */
record Role(Excerpt excerpt, List<String> titles, Gender gender) {

    Role {
        titles = List.copyOf(titles);
    }
}
