package org.lede.entities;

/**
 * A referring pronoun at token {@code token}, before it is linked.
 *
 * @param object true for an object ("denied it", "thanked him"), which cannot mean its clause's subject
 */
record Pronoun(int token, PronounClass pronounClass, boolean object) {
}
