package org.lede.model;

/** How a mention refers to its entity. */
public enum MentionKind {
    /** A proper name or an acronym: "Maryam Rajavi", "Rajavi", "MEK". */
    NAME,
    /** A definite or demonstrative description: "the group", "this cult", "the ministry's spokesman". */
    DESCRIPTION,
    /** A personal or possessive pronoun: "he", "its", "they". */
    PRONOUN
}
