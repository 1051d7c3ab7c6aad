package org.lede.entities;

import org.lede.model.EntityType;

/** What a pronoun can refer to. */
enum PronounClass {
    /** he, him, his. */
    MALE,
    /** she, her. */
    FEMALE,
    /** it, its: a single organisation, place or facility. */
    THING,
    /** they, them, their: an organisation or a nationality. */
    GROUP;

    /** The gender a link of this pronoun shows its entity has. */
    Gender gender() {
        return switch (this) {
            case MALE -> Gender.MALE;
            case FEMALE -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    boolean accepts(Cluster cluster) {
        EntityType type = cluster.type();
        return switch (this) {
            case MALE -> type == EntityType.PERSON && cluster.gender() != Gender.FEMALE;
            case FEMALE -> type == EntityType.PERSON && cluster.gender() != Gender.MALE;
            case THING -> type == EntityType.ORG || type == EntityType.GPE || type == EntityType.FAC;
            case GROUP -> type == EntityType.ORG || type == EntityType.NORP;
        };
    }
}
