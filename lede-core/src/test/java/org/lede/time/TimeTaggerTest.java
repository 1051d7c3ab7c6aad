package org.lede.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Timex;
import org.lede.model.TimexType;
import org.lede.text.TextAnalyzer;

class TimeTaggerTest {
    private static final TextAnalyzer TEXT = new TextAnalyzer();
    private static final TimeTagger TAGGER = new TimeTagger();

    /** 2024-06-19 is a Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 6, 19);

    private static List<Timex> tag(String text, LocalDate published) {
        return TAGGER.process(TEXT.process(Analysis.of(Article.of(text).withPublished(published)))).timex();
    }

    /** The timex expected over the first occurrence of {@code phrase} at or after {@code from}. */
    private static Timex at(String text, String phrase, int from, String value, TimexType type) {
        int start = text.indexOf(phrase, from);
        assertThat(start).as("fixture contains %s", phrase).isGreaterThanOrEqualTo(0);
        return new Timex(start, start + phrase.length(), phrase, value, type);
    }

    private static Timex at(String text, String phrase, String value, TimexType type) {
        return at(text, phrase, 0, value, type);
    }

    @Test
    void raidStoryResolvesWeekdaysAgainstPublicationIncludingThePublicationDayItself() {
        String text = "TIRANA (Reuters) - Police raided the camp on Tuesday, the ministry said on Wednesday. "
                + "At least one person was killed and dozens of others were injured.";
        assertThat(tag(text, WEDNESDAY)).containsExactly(
                new Timex(45, 52, "Tuesday", "2024-06-18", TimexType.DATE),
                new Timex(75, 84, "Wednesday", "2024-06-19", TimexType.DATE));
    }

    @Test
    void aCallOrAPlanForADayPutsItAhead() {
        LocalDate thursday = LocalDate.of(2024, 5, 16);
        String text = "The group called for a general strike in the district on Saturday. A rally planned for "
                + "Sunday was cancelled. Police raided the camp on Saturday.";
        assertThat(tag(text, thursday)).containsExactly(
                at(text, "Saturday", "2024-05-18", TimexType.DATE),
                at(text, "Sunday", "2024-05-19", TimexType.DATE),
                at(text, "Saturday", text.indexOf("raided"), "2024-05-11", TimexType.DATE));
    }

    @Test
    void bareWeekdaysLookBackAcrossTheWeekBoundaryAndForwardAfterAFutureCue() {
        LocalDate monday = LocalDate.of(2024, 6, 17);
        String text = "The vote took place on Friday and the count on Sunday. Talks resumed on Monday. "
                + "Ministers will meet on Friday and the parliament is due to vote on Thursday. "
                + "Smith, who will chair the talks, said on Saturday that the deal stood. "
                + "A summit is set for next Monday, a week after last Monday's clash.";
        assertThat(tag(text, monday)).containsExactly(
                at(text, "Friday", "2024-06-14", TimexType.DATE),
                at(text, "Sunday", "2024-06-16", TimexType.DATE),
                at(text, "Monday", "2024-06-17", TimexType.DATE),
                at(text, "Friday", text.indexOf("will meet"), "2024-06-21", TimexType.DATE),
                at(text, "Thursday", "2024-06-20", TimexType.DATE),
                at(text, "Saturday", "2024-06-15", TimexType.DATE),
                at(text, "next Monday", "2024-06-24", TimexType.DATE),
                at(text, "last Monday", "2024-06-10", TimexType.DATE));
    }

    @Test
    void monthAndDayWithoutYearTakeThePublicationYearUnlessThatIsOverSixMonthsAhead() {
        LocalDate published = LocalDate.of(2025, 1, 3);
        String text = "The clashes began on December 28 and ended on January 2. A vote is planned for June 20, "
                + "and the camp was first raided in August.";
        assertThat(tag(text, published)).containsExactly(
                at(text, "December 28", "2024-12-28", TimexType.DATE),
                at(text, "January 2", "2025-01-02", TimexType.DATE),
                at(text, "June 20", "2025-06-20", TimexType.DATE),
                at(text, "August", "2024-08", TimexType.DATE));
    }

    @Test
    void absoluteDatesInTheirCommonSpellings() {
        String text = "Signed on June 20, 2024, filed 20 June 2023, logged 2024-06-20, stamped 20/06/2024 and "
                + "03/04/2024, founded in 2015, closed in March 2020, reopened on Tuesday, 18 June 2024.";
        assertThat(tag(text, WEDNESDAY)).containsExactly(
                at(text, "June 20, 2024", "2024-06-20", TimexType.DATE),
                at(text, "20 June 2023", "2023-06-20", TimexType.DATE),
                at(text, "2024-06-20", "2024-06-20", TimexType.DATE),
                at(text, "20/06/2024", "2024-06-20", TimexType.DATE),
                at(text, "03/04/2024", null, TimexType.DATE),
                at(text, "2015", "2015", TimexType.DATE),
                at(text, "March 2020", "2020-03", TimexType.DATE),
                at(text, "Tuesday, 18 June 2024", "2024-06-18", TimexType.DATE));
    }

    @Test
    void relativeDaysWeeksMonthsAndYears() {
        String text = "Yesterday the court ruled; today it sits and tomorrow it rests. Last week it heard "
                + "appeals, last month it met twice, last year it ruled 40 times. Earlier this month it moved, "
                + "this year it expands, next month it moves again. The law passed three days ago, "
                + "the camp opened two years ago and closed six months ago.";
        assertThat(tag(text, WEDNESDAY)).containsExactly(
                at(text, "Yesterday", "2024-06-18", TimexType.DATE),
                at(text, "today", "2024-06-19", TimexType.DATE),
                at(text, "tomorrow", "2024-06-20", TimexType.DATE),
                at(text, "Last week", "2024-W24", TimexType.DATE),
                at(text, "last month", "2024-05", TimexType.DATE),
                at(text, "last year", "2023", TimexType.DATE),
                at(text, "Earlier this month", "2024-06", TimexType.DATE),
                at(text, "this year", "2024", TimexType.DATE),
                at(text, "next month", "2024-07", TimexType.DATE),
                at(text, "three days ago", "2024-06-16", TimexType.DATE),
                at(text, "two years ago", "2022", TimexType.DATE),
                at(text, "six months ago", "2023-12", TimexType.DATE));
    }

    @Test
    void rangesJoinTheirEndsAndMapBackToOriginalOffsets() {
        // The en dash and the curly quotes are normalised away; offsets must still point into the original.
        String text = "“The war” lasted 1980–88. Talks ran from 2010 to 2015 and between May and July, "
                + "the hearings June 20-22, the season 1999-00.";
        assertThat(tag(text, WEDNESDAY)).containsExactly(
                at(text, "1980–88", "1980/1988", TimexType.RANGE),
                at(text, "from 2010 to 2015", "2010/2015", TimexType.RANGE),
                at(text, "between May and July", "2024-05/2024-07", TimexType.RANGE),
                at(text, "June 20-22", "2024-06-20/2024-06-22", TimexType.RANGE),
                at(text, "1999-00", "1999/2000", TimexType.RANGE));
    }

    @Test
    void sinceMakesARangeToThePublicationDate() {
        String text = "The group has been banned since 2016 and the camp closed since March.";
        assertThat(tag(text, WEDNESDAY)).containsExactly(
                at(text, "since 2016", "2016/2024-06-19", TimexType.RANGE),
                at(text, "since March", "2024-03/2024-06-19", TimexType.RANGE));
    }

    @Test
    void durationsInWordsDigitsAndCompoundAdjectivesButNotFrequenciesOrAges() {
        String text = "He was jailed for a decade, held three days, given a two-year ban and 24 hours to "
                + "leave, and served 1.5 years. They meet twice a year; a second term; a two-year-old boy.";
        assertThat(tag(text, WEDNESDAY)).containsExactly(
                at(text, "a decade", "P10Y", TimexType.DURATION),
                at(text, "three days", "P3D", TimexType.DURATION),
                at(text, "two-year", "P2Y", TimexType.DURATION),
                at(text, "24 hours", "PT24H", TimexType.DURATION),
                at(text, "1.5 years", "P1.5Y", TimexType.DURATION));
    }

    @Test
    void timesOfDayTakeTheDateOfTheirSentence() {
        String text = "Police moved in at 3 p.m. on Tuesday. The curfew starts at 21:30 GMT. They left at noon.";
        assertThat(tag(text, WEDNESDAY)).containsExactly(
                at(text, "3 p.m.", "2024-06-18T15:00", TimexType.TIME),
                at(text, "Tuesday", "2024-06-18", TimexType.DATE),
                at(text, "21:30 GMT", "T21:30Z", TimexType.TIME),
                at(text, "noon", "T12:00", TimexType.TIME));
    }

    @Test
    void decadesAreIso8601UnspecifiedDigits() {
        String text = "Founded in the 1960s, the group turned violent in the early 1980s and mid-1990s.";
        assertThat(tag(text, WEDNESDAY)).containsExactly(
                at(text, "1960s", "196X", TimexType.DATE),
                at(text, "early 1980s", "198X", TimexType.DATE),
                at(text, "mid-1990s", "199X", TimexType.DATE));
    }

    @Test
    void withoutAPublicationDateRelativeExpressionsKeepNoValueAndAbsoluteOnesResolve() {
        String text = "Police raided the camp on Tuesday, yesterday's report said; the ban has held since 2016, "
                + "was renewed on June 20 and again on June 20, 2024, and began in 2015.";
        assertThat(tag(text, null)).containsExactly(
                at(text, "Tuesday", null, TimexType.DATE),
                at(text, "yesterday", null, TimexType.DATE),
                at(text, "since 2016", null, TimexType.RANGE),
                at(text, "June 20", null, TimexType.DATE),
                at(text, "June 20, 2024", text.indexOf("again"), "2024-06-20", TimexType.DATE),
                at(text, "2015", "2015", TimexType.DATE));
    }

    @Test
    void wordsThatOnlyLookLikeTimesAreLeftAlone() {
        String text = "Prices may rise. May I ask? Theresa May said thousands march each spring. March organisers "
                + "told the Sun and the Sunday Times before Super Tuesday, GMTV's Sunday programme and the Today "
                + "programme that 2,000 people and 1500 police came. Camp X2024-06-20 scored 2015 points.";
        assertThat(tag(text, WEDNESDAY)).isEmpty();
    }
}
