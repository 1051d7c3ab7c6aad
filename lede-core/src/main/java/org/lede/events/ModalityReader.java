package org.lede.events;

import java.time.LocalDate;
import org.lede.model.Event.Modality;
import org.lede.model.Quote;
import org.lede.model.Sentence;
import org.lede.model.Timex;
import org.lede.text.WordTable;

/**
 * Tells how the article presents one event mention, from the words of its clause before the trigger: a denial
 * ("denied raiding", "did not attack", a quote whose cue is "denied"), a plan or threat ("will expel", "vowed to
 * expel", "had planned attacks", "are going to be detained", "more arrests would follow"), a condition or a power
 * ("could", "if", "can be detained", "anyone convicted", "detention orders"), or a long-past fact (a date two years
 * or more before publication, "years ago"). Otherwise it happened.
 */
final class ModalityReader {
    /** How far before the trigger a modal word counts, in tokens. */
    private static final int WINDOW = 6;
    /** A denial reaches further: "denied that its forces had at any point raided". */
    private static final int DENIAL_WINDOW = 12;
    /** Events this many years before publication are history, not news. */
    private static final int HISTORICAL_YEARS = 2;

    private static final WordTable<Boolean> DENIALS = WordTable.setOf("deny", "denies", "denied", "denying",
            "denial", "rejected", "dismissed", "refuted");
    private static final WordTable<Boolean> NEGATIONS = WordTable.setOf("not", "n't", "never", "no");
    /** Words that put an event in the future when they stand just before its trigger ("will expel"). */
    private static final WordTable<Boolean> PLANS = WordTable.setOf("plan", "plans", "planned", "planning",
            "will", "'ll", "’ll", "intends", "intended", "scheduled", "plotted", "plotting", "upcoming", "future",
            "possible", "potential", "proposed", "threatened", "threatening", "going");
    /** How close a word of {@link #PLANS} must stand, in tokens. */
    private static final int PLAN_WINDOW = 3;
    /**
     * Words that make the event a condition, a possibility or a power rather than an occurrence ("could be
     * jailed", "suspects can be detained", "unable to stop all attacks", "the chances of convicting"), or a
     * rule for whoever it befalls ("anyone convicted of selling the game can be jailed").
     */
    private static final WordTable<Boolean> CONDITIONS = WordTable.setOf("if", "unless", "could", "might", "may",
            "would", "should", "whether", "possibly", "risk", "fear", "fears", "feared", "warned", "can", "cannot",
            "must", "unable", "chance", "chances", "anyone", "anybody", "whoever");
    /** Words that point at an event already under way: a demonstrative or a possessive right before its noun. */
    private static final WordTable<Boolean> POINTERS = WordTable.setOf("this", "that", "these", "those", "its",
            "their", "his", "her", "our");
    /** Modals after an event noun that put it ahead of the telling ("arrests would follow"). */
    private static final WordTable<Boolean> FUTURE_MODALS = WordTable.setOf("will", "'ll", "’ll", "would");
    /** Modals after an event noun that make it a possibility ("strikes could resume"). */
    private static final WordTable<Boolean> MODALS = WordTable.setOf("could", "might", "may", "should", "can");
    /**
     * Verbs after such a modal that tell of the event as it was, not as it will be: "the raid would be the
     * first of many", "the attack could have been prevented", "the bombing would later be claimed".
     */
    private static final WordTable<Boolean> NOT_AHEAD = WordTable.setOf("be", "have", "later", "also", "become",
            "prove", "go", "remain");
    /** Nouns after an event noun that make it a plan ("attack plans", "house arrest proposals"). */
    private static final WordTable<Boolean> PLAN_NOUNS = WordTable.setOf("plan", "plans", "proposal", "proposals",
            "plot", "plots");
    /** Nouns after an event noun that make it a power or a threat ("detention orders", "arrest powers"). */
    private static final WordTable<Boolean> POWER_NOUNS = WordTable.setOf("power", "powers", "order", "orders",
            "threat", "threats", "law", "laws", "bill", "risk");
    private static final WordTable<Boolean> CLAUSE_BREAKS = WordTable.setOf(".", ";", ":", "but", "while",
            "although", "“", "”", "\"");

    private final ArticleView view;

    ModalityReader(ArticleView view) {
        this.view = view;
    }

    Modality of(int trigger, Sentence sentence, Quote quote, Timex time) {
        int first = Math.max(sentence.firstToken(), trigger - DENIAL_WINDOW);
        boolean denied = quote != null && quote.cue() != null && DENIALS.contains(quote.cue().text());
        Modality modal = null;
        boolean pointedAt = false;
        for (int i = trigger - 1; i >= first; i--) {
            String form = view.form(i);
            if (CLAUSE_BREAKS.contains(form)) {
                break;
            }
            if (trigger - i <= 2 && POINTERS.contains(view.lower(i))) {
                // "must end this brutal crackdown", "should stop its attacks": the modal is the ending's, the
                // event it points at is under way
                pointedAt = true;
                continue;
            }
            if (pointedAt && CONDITIONS.contains(form)) {
                continue;
            }
            if (view.isTimeToken(i)) {
                continue; // "In May, she was arrested": a month, not the modal
            }
            boolean near = trigger - i <= WINDOW;
            if (DENIALS.contains(form) || near && trigger - i <= 3 && NEGATIONS.contains(form)) {
                denied = true;
            } else if (near && modal == null && CONDITIONS.contains(form)) {
                modal = Modality.HYPOTHETICAL;
            } else if (modal == null && (trigger - i <= PLAN_WINDOW && PLANS.contains(form)
                    || form.equals("to") && (i == trigger - 1 || i == trigger - 2 && view.form(i + 1).equals("be"))
                    && intendedBefore(i, sentence))) {
                // "vowed to expel", "are expected to be charged", "are due to be sentenced"
                modal = Modality.PLANNED;
            }
        }
        if (denied) {
            return Modality.DENIED;
        }
        if (modal != null) {
            return modal;
        }
        String next = trigger + 1 < sentence.endToken() ? view.form(trigger + 1) : "";
        String after = trigger + 2 < sentence.endToken() ? view.form(trigger + 2) : "";
        String before = trigger > sentence.firstToken() ? view.lower(trigger - 1) : "";
        if (!view.form(trigger).endsWith("ed") && !Words.ANAPHORIC_DETERMINERS.contains(before) && !after.isEmpty()
                && Character.isLowerCase(after.charAt(0)) && !NOT_AHEAD.contains(after)) {
            // the event noun is the subject of a modal: "more arrests would follow", "strikes could resume";
            // not a participle ("those arrested will appear in court") nor an event told before ("the ruling
            // would help build confidence"), which happened
            if (FUTURE_MODALS.contains(next)) {
                return Modality.PLANNED;
            }
            if (MODALS.contains(next)) {
                return Modality.HYPOTHETICAL;
            }
        }
        if (PLAN_NOUNS.contains(next)) {
            return Modality.PLANNED;
        }
        if (POWER_NOUNS.contains(next)) {
            return Modality.HYPOTHETICAL;
        }
        return isHistorical(sentence, time) ? Modality.HISTORICAL : Modality.HAPPENED;
    }

    /** Whether a verb of intention stands within three tokens before the "to" at {@code to}. */
    private boolean intendedBefore(int to, Sentence sentence) {
        for (int i = to - 1; i >= sentence.firstToken() && i >= to - PLAN_WINDOW; i--) {
            if (Words.INTENTIONS.contains(view.form(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isHistorical(Sentence sentence, Timex time) {
        LocalDate published = view.analysis.article().published();
        if (published != null && time != null && yearOf(time.value()) > 0
                && yearOf(time.value()) <= published.getYear() - HISTORICAL_YEARS) {
            return true;
        }
        for (int i = sentence.firstToken() + 1; i < sentence.endToken(); i++) {
            if (view.form(i).equals("ago") && ArgumentFinder.isOneOf(view.form(i - 1), "years", "decades")) {
                return true;
            }
        }
        return false;
    }

    /** The year an ISO value starts with ("1998-05" → 1998), or 0. */
    private static int yearOf(String value) {
        if (value == null || value.length() < 4) {
            return 0;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return 0;
            }
        }
        return Integer.parseInt(value.substring(0, 4));
    }
}
