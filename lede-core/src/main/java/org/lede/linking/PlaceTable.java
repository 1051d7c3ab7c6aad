package org.lede.linking;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * GeoNames places by name: countries, first-level regions and places over 15,000 people, derived by
 * {@link LinkTableBuilder}. A name is looked up among the places' own names first and among their
 * alternative names (exonyms, older spellings) only when no place has it as its own. Immutable once loaded.
 */
public final class PlaceTable {
    static final String RESOURCE_NAME = "geonames-places.tsv.gz";

    /** What a place is; a capital is the seat of a country's government. */
    public enum Kind { COUNTRY, REGION, CAPITAL, CITY }

    /**
     * One GeoNames place.
     *
     * @param lat        null for regions, which the table gives no coordinates
     * @param cameo      the CAMEO actor code of a country, else null
     */
    public record Place(Kind kind, String id, Double lat, Double lon, String country, long population,
                        String cameo) {
    }

    private final Map<String, List<Place>> byName;
    private final Map<String, List<Place>> byAlternate;
    private final Map<String, Place> countries;

    private PlaceTable(Map<String, List<Place>> byName, Map<String, List<Place>> byAlternate,
                       Map<String, Place> countries) {
        this.byName = byName;
        this.byAlternate = byAlternate;
        this.countries = countries;
    }

    /** The table shipped in the jar. */
    public static PlaceTable load() {
        return read(rows -> TableFile.read(RESOURCE_NAME, rows));
    }

    /** A table file {@link LinkTableBuilder} wrote. */
    static PlaceTable read(Path file) {
        return read(rows -> TableFile.read(file, rows));
    }

    private static PlaceTable read(Consumer<Consumer<String[]>> table) {
        Map<String, List<Place>> byName = new HashMap<>(1 << 16);
        Map<String, List<Place>> byAlternate = new HashMap<>(1 << 17);
        Map<String, Place> countries = new HashMap<>();
        table.accept(columns -> {
            Place place = new Place(Kind.valueOf(columns[0]), columns[1], coordinate(columns[2]),
                    coordinate(columns[3]), columns[4], Long.parseLong(columns[5]),
                    columns[6].isEmpty() ? null : columns[6]);
            if (place.kind() == Kind.COUNTRY) {
                countries.put(place.country(), place);
            }
            for (String key : TableFile.list(columns[7])) {
                TableFile.index(byName, key, place);
            }
            for (String key : TableFile.list(columns[8])) {
                TableFile.index(byAlternate, key, place);
            }
        });
        return new PlaceTable(byName, byAlternate, countries);
    }

    private static Double coordinate(String column) {
        return column.isEmpty() ? null : Double.valueOf(column);
    }

    /** The places a name (any case, with or without "the" and full stops) may be; empty when none. */
    public List<Place> named(String name) {
        String key = LinkKeys.of(name);
        List<Place> places = byName.get(key);
        return places != null ? places : byAlternate.getOrDefault(key, List.of());
    }

    /** The country with this ISO 3166-1 alpha-2 code, or null. */
    public Place country(String iso2) {
        return countries.get(iso2);
    }
}
