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

    /**
     * Texts of made-up words overlapping by a known share of their 5-word shingles: the estimate over 128
     * hash functions must be near the true Jaccard similarity for every overlap, which a hash family whose
     * functions order the shingles alike (or a badly spread shingle hash) would miss.
     */
    @Test
    void theEstimateFollowsTheTrueJaccardSimilarityAtEveryOverlap() {
        MinHasher hasher = new MinHasher();
        List<String> words = java.util.stream.IntStream.range(0, 600).mapToObj(i -> "w" + Integer.toString(i * 7919, 36))
                .toList();
        double totalError = 0;
        int pairs = 0;
        for (int shift = 20; shift <= 280; shift += 20) {
            String one = String.join(" ", words.subList(0, 300));
            String other = String.join(" ", words.subList(shift, shift + 300));
            int shingles = 300 - MinHasher.SHINGLE_WORDS + 1;
            int shared = Math.max(0, 300 - shift - MinHasher.SHINGLE_WORDS + 1);
            double jaccard = (double) shared / (2 * shingles - shared);
            double estimate = MinHasher.similarity(hasher.signature(one), hasher.signature(other));
            assertThat(estimate).as("shift %d", shift).isCloseTo(jaccard, org.assertj.core.data.Offset.offset(0.15));
            totalError += Math.abs(estimate - jaccard);
            pairs++;
        }
        assertThat(totalError / pairs).isLessThan(0.05);
    }
}
