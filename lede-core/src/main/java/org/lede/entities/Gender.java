package org.lede.entities;

/** The grammatical gender the text gives a person, through a courtesy title, an office or nothing. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    static Gender of(String code) {
        return switch (code) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** The more specific of two genders, or UNKNOWN when they disagree. */
    Gender and(Gender other) {
        if (this == UNKNOWN) {
            return other;
        }
        if (other == UNKNOWN || other == this) {
            return this;
        }
        return UNKNOWN;
    }
}
