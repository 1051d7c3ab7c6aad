package org.lede.model;

/** After TimeML's TIMEX3 types. */
public enum TimexType {
    /** A calendar date or a part of one: a day, month, year, season or decade. */
    DATE,
    /** A time of day, possibly with its date. */
    TIME,
    /** A length of time: "for a decade", "three days". */
    DURATION,
    /** A stretch between two points: "1980-88", "since 2016". */
    RANGE
}
