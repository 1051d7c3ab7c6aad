package org.lede.ner;

/** What a gazetteer phrase names; a phrase may have several categories ("Georgia", "Luxembourg"). */
public enum GazetteerCategory {
    /** A country or territory, by its common, official or alternative name ("Albania", "UAE"). */
    COUNTRY,
    /** A GeoNames populated place of over 15,000 people, or a capital. */
    CITY,
    /** A first-level administrative region: a state, province or county ("Texas", "Tirana County"). */
    REGION,
    /** A nationality or its plural ("Albanian", "Albanians"). */
    DEMONYM,
    /** A religious or political group ("Muslims", "Shi'ite", "Republicans"). */
    GROUP,
    /**
     * An international organisation, company or armed or political group of the CAMEO actor dictionaries
     * ("United Nations", "Abu Nidal Organization").
     */
    ORGANISATION;

    public int bit() {
        return 1 << ordinal();
    }

    public boolean in(int categories) {
        return (categories & bit()) != 0;
    }
}
