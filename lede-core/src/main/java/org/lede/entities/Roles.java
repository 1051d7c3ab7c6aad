package org.lede.entities;

import java.util.List;

/**
 * The roles found for each name mention, and where each name's noun phrase starts once a title before it
 * is counted ("former prime minister Ehud Barak" starts at "former").
 */
record Roles(List<List<Role>> byName, int[] phraseStart) {
}
