package org.lede.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Quantity;
import org.lede.text.TextAnalyzer;
import org.lede.time.TimeTagger;

class QuantityTaggerTest {
    private static final TextAnalyzer TEXT = new TextAnalyzer();
    private static final TimeTagger TIME = new TimeTagger();
    private static final QuantityTagger TAGGER = new QuantityTagger();

    private static List<Quantity> tag(String text) {
        Article article = Article.of(text).withPublished(LocalDate.of(2024, 6, 19));
        return TAGGER.process(TIME.process(TEXT.process(Analysis.of(article)))).quantities();
    }

    /** The quantity expected over the first occurrence of {@code phrase}. */
    private static Quantity at(String text, String phrase, Double min, Double max, String unit, boolean approximate) {
        return at(text, phrase, 0, min, max, unit, approximate);
    }

    /** The quantity expected over the first occurrence of {@code phrase} at or after {@code from}. */
    private static Quantity at(String text, String phrase, int from, Double min, Double max, String unit,
                               boolean approximate) {
        int start = text.indexOf(phrase, from);
        assertThat(start).as("fixture contains %s", phrase).isGreaterThanOrEqualTo(0);
        return new Quantity(start, start + phrase.length(), phrase, min, max, unit, approximate);
    }

    @Test
    void raidStoryCountsTheDeadAndTheInjuredWithTheirNouns() {
        String text = "Police raided the camp on Tuesday. At least one person was killed and dozens of others "
                + "were injured, the ministry said.";
        assertThat(tag(text)).containsExactly(
                new Quantity(35, 54, "At least one person", 1.0, null, "person", false),
                new Quantity(70, 86, "dozens of others", 24.0, null, "others", true));
    }

    @Test
    void aPluralWithoutSIsTheCountedNounPastTheWordsBeforeIt() {
        String text = "It detected 25 Chinese military aircraft near the island.";
        assertThat(tag(text)).containsExactly(at(text, "25 Chinese military aircraft", 25.0, 25.0, "aircraft", false));
    }

    @Test
    void numbersInDigitsWithSeparatorsDecimalsAndScaleWords() {
        String text = "The camp held 3,000 members, 12 ships and 1.5 million people; a 10km road.";
        assertThat(tag(text)).containsExactly(
                at(text, "3,000 members", 3000.0, 3000.0, "members", false),
                at(text, "12 ships", 12.0, 12.0, "ships", false),
                at(text, "1.5 million people", 1.5e6, 1.5e6, "people", false),
                at(text, "10km", 10.0, 10.0, "km", false));
    }

    @Test
    void moneyIsItsCurrencyCodeAndPercentagesArePercent() {
        String text = "The fund lost $5 million, or 20% of its value, after £16.1m and 364m euros went on a "
                + "12 per cent rise.";
        assertThat(tag(text)).containsExactly(
                at(text, "$5 million", 5e6, 5e6, "USD", false),
                at(text, "20%", 20.0, 20.0, "%", false),
                at(text, "£16.1m", 16.1e6, 16.1e6, "GBP", false),
                at(text, "364m euros", 364e6, 364e6, "EUR", false),
                at(text, "12 per cent", 12.0, 12.0, "%", false));
    }

    @Test
    void numbersInWords() {
        String text = "Twenty-five people, a hundred troops, two dozen police, a dozen boats and "
                + "one hundred and twenty rooms.";
        assertThat(tag(text)).containsExactly(
                at(text, "Twenty-five people", 25.0, 25.0, "people", false),
                at(text, "a hundred troops", 100.0, 100.0, "troops", false),
                at(text, "two dozen police", 24.0, 24.0, "police", false),
                at(text, "a dozen boats", 12.0, 12.0, "boats", false),
                at(text, "one hundred and twenty rooms", 120.0, 120.0, "rooms", false));
    }

    @Test
    void vagueAmountsHaveTheLeastTheyCanMean() {
        String text = "Scores of villagers, hundreds of protesters, thousands of police, tens of thousands of "
                + "people, several soldiers and a few reporters came; thousands march.";
        assertThat(tag(text)).containsExactly(
                at(text, "Scores of villagers", 40.0, null, "villagers", true),
                at(text, "hundreds of protesters", 200.0, null, "protesters", true),
                at(text, "thousands of police", 2000.0, null, "police", true),
                at(text, "tens of thousands of people", 20000.0, null, "people", true),
                at(text, "several soldiers", 3.0, null, "soldiers", true),
                at(text, "a few reporters", 2.0, 5.0, "reporters", true),
                at(text, "thousands", text.indexOf("came"), 2000.0, null, null, true));
    }

    @Test
    void hedgesSetBoundsAndApproximation() {
        String text = "Some 3,000 members, about 40 guards, nearly 100 homes, almost 50 cars, up to 50 people, "
                + "more than 20 people, fewer than 20 buses, more than 1.5% of voters and more than $20bn.";
        assertThat(tag(text)).containsExactly(
                at(text, "Some 3,000 members", 3000.0, 3000.0, "members", true),
                at(text, "about 40 guards", 40.0, 40.0, "guards", true),
                at(text, "nearly 100 homes", null, 100.0, "homes", true),
                at(text, "almost 50 cars", null, 50.0, "cars", true),
                at(text, "up to 50 people", null, 50.0, "people", false),
                at(text, "more than 20 people", 21.0, null, "people", false),
                at(text, "fewer than 20 buses", null, 19.0, "buses", false),
                at(text, "more than 1.5%", 1.5, null, "%", false),
                at(text, "more than $20bn", 20e9, null, "USD", false));
    }

    @Test
    void rangesInTheirThreeSpellingsAndSharedScale() {
        String text = "Between 10 and 15 people died, 10 to 15 children fled, 10-15 cars burned, two or three "
                + "houses fell and the bill was 2 to 3 million dollars. Prices rose from 10 to 15 dinars.";
        assertThat(tag(text)).containsExactly(
                at(text, "Between 10 and 15 people", 10.0, 15.0, "people", false),
                at(text, "10 to 15 children", 10.0, 15.0, "children", false),
                at(text, "10-15 cars", 10.0, 15.0, "cars", false),
                at(text, "two or three houses", 2.0, 3.0, "houses", false),
                at(text, "2 to 3 million dollars", 2e6, 3e6, "USD", false),
                at(text, "10", text.indexOf("from"), 10.0, 10.0, null, false),
                at(text, "15 dinars", 15.0, 15.0, "dinars", false));
    }

    @Test
    void numbersInTimesNamesCodesOrdinalsAndYearsAreNotAmounts() {
        String text = "In 2015 the three-day raid on June 20 lasted three days. Residents of Camp Ashraf-3 boarded "
                + "Flight 370 under article 5, called 020 7946 0958, finished 20th, won 3-1 in the 2005 final; "
                + "no one came and they helped one another.";
        assertThat(tag(text)).isEmpty();
    }
}
