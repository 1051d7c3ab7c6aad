package org.lede.entities;

/** A referring pronoun at token {@code token}, before it is linked. */
record Pronoun(int token, PronounClass pronounClass) {
}
