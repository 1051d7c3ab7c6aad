package org.lede.model;

import java.util.Objects;

/**
 * Where an entity sits in a knowledge base: a GeoNames place or a CAMEO actor.
 *
 * @param kb      the knowledge base the id belongs to
 * @param id      GeoNames id ("783754") or CAMEO actor code ("IGOUNO", "ALBCOP")
 * @param lat     latitude in degrees, or null when the knowledge base gives none (CAMEO actors, regions)
 * @param lon     longitude in degrees, or null likewise
 * @param country ISO 3166-1 alpha-2 code of the country the referent belongs to, or null (the UN)
 * @param cameo   for a country linked to GeoNames, its CAMEO actor code too ("ALB"); otherwise null
 */
public record EntityLink(KnowledgeBase kb, String id, Double lat, Double lon, String country, String cameo) {

    /** The knowledge bases Lede links to; each name is how the JSON writes it, in lower case. */
    public enum KnowledgeBase {
        /** GeoNames (geonames.org): countries, first-level regions and places over 15,000 people. */
        GEONAMES,
        /** CAMEO actor codes of the Phoenix dictionaries: countries, organisations, armed groups. */
        CAMEO
    }

    public EntityLink {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(id, "id");
    }
}
