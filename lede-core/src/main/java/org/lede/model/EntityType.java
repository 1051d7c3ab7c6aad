package org.lede.model;

/** The kinds of entity Lede tells apart, after OntoNotes. */
public enum EntityType {
    /** People, real or fictional. */
    PERSON,
    /** Companies, agencies, institutions, armed and political groups. */
    ORG,
    /** Geo-political entities: countries, cities, states and regions with a government. */
    GPE,
    /** Other locations: mountains, rivers, seas, regions without a government. */
    LOC,
    /** Facilities: camps, buildings, airports, prisons, bridges. */
    FAC,
    /** Nationalities, religious and political groups ("Albanian", "Muslims", "Republicans"). */
    NORP,
    /** Named things of no other type: events, laws, products, works. */
    MISC
}
