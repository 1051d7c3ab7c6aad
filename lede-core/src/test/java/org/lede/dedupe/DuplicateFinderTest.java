package org.lede.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private static final String WIRE = "DURRES (Adriatic Press) - The harbour master said on Tuesday that the ferries "
            + "would run again after a week of storms that kept the fleet in port. About 2,000 passengers had been "
            + "stranded since Monday, the port authority said, and extra crossings to Bari were planned for the "
            + "weekend. The union said its members would work double shifts until the backlog was cleared.";
    private static final String REPRINT = "DURRES (Adriatic Press) - The harbour master said on Tuesday that the "
            + "ferries would run again after a week of storms that kept the fleet in port. About 2,000 passengers "
            + "had been stranded since Monday, the port authority said, and extra crossings to Bari were planned "
            + "for the weekend. The union said its members would work double shifts until the backlog was cleared. "
            + "Follow the Coastal Herald for updates.";
    private static final String OTHER = "TIRANA (Adriatic Press) - Floods cut off a dozen mountain villages on "
            + "Thursday, and rescue teams reached two of them by evening, the interior ministry said. Roads to the "
            + "north were closed and schools in three districts stayed shut.";

    @Test
    void theSameTextUpToSpacingAndCaseIsAnExactDuplicateOfTheFirst() {
        DuplicateFinder finder = new DuplicateFinder(0.7);
        assertThat(finder.add("a", WIRE)).isNull();
        assertThat(finder.add("b", OTHER)).isNull();
        assertThat(finder.add("c", "  " + WIRE.toUpperCase().replace(" ", "\n "))).isEqualTo("a");
        assertThat(finder.exactGroups()).containsExactly(List.of("a", "c"));
    }

    @Test
    void aReprintWithALineAddedIsANearDuplicateAndAnUnrelatedStoryIsNot() {
        DuplicateFinder finder = new DuplicateFinder(0.7);
        finder.add("wire", WIRE);
        finder.add("floods", OTHER);
        finder.add("reprint", REPRINT);
        assertThat(finder.nearGroups()).containsExactly(List.of("wire", "reprint"));
        assertThat(finder.exactGroups()).isEmpty();
    }

    @Test
    void similarityEstimatesTheShareOfSharedShingles() {
        MinHasher hasher = new MinHasher();
        assertThat(MinHasher.similarity(hasher.signature(WIRE), hasher.signature(WIRE))).isEqualTo(1.0);
        assertThat(MinHasher.similarity(hasher.signature(WIRE), hasher.signature(REPRINT))).isBetween(0.8, 1.0);
        assertThat(MinHasher.similarity(hasher.signature(WIRE), hasher.signature(OTHER))).isLessThan(0.1);
        assertThat(MinHasher.bandKeys(hasher.signature(WIRE))).hasSize(MinHasher.BANDS)
                .isEqualTo(MinHasher.bandKeys(new MinHasher().signature(WIRE)));
    }
}
