package org.lede.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.ChainLink;
import org.lede.model.Entity;
import org.lede.model.EntityLink;
import org.lede.model.Event;
import org.lede.model.EntityLabel;
import org.lede.model.Excerpt;
import org.lede.model.Frame;
import org.lede.model.Framing;
import org.lede.model.Quantity;
import org.lede.model.Quote;
import org.lede.model.Timex;

/**
 * The analysis of one article as a report a journalist reads in one screen, 100 columns wide: the article,
 * its entities, who said what on whose authority, when, how many, and how it is told (persuasion techniques
 * and the labels given to actors). Rendering only: every fact in it
 * comes from the analysis.
 */
final class TextReport {
    /** Words after which a name is what the speaker is of or in, not the speaker ("Witnesses in Paju"). */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "for", "from", "near", "to", "with");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    static final int WIDTH = 100;
    private static final String INDENT = "  ";
    private static final String DETAIL = "      ";
    private static final String NONE = INDENT + "none found";

    /** The report, lines separated by {@code \n}, without a final line break. */
    String render(Analysis analysis) {
        List<String> lines = new ArrayList<>();
        header(analysis, lines);
        entities(analysis, lines);
        quotes(analysis, lines);
        timex(analysis, lines);
        quantities(analysis, lines);
        events(analysis, lines);
        framing(analysis, lines);
        return String.join("\n", lines);
    }

    private static void header(Analysis analysis, List<String> lines) {
        Article article = analysis.article();
        lines.add(fit(article.title() == null ? "(no headline)" : article.title(), WIDTH));
        List<String> facts = new ArrayList<>();
        facts.add(article.outlet() == null ? "outlet unknown" : article.outlet());
        if (article.author() != null) {
            facts.add("by " + article.author());
        }
        facts.add(article.published() == null ? "date unknown" : article.published().toString());
        if (article.origin() != null) {
            facts.add(article.origin());
        }
        lines.add(fit(String.join(" · ", facts), WIDTH));
        int ownVoice = 0;
        for (boolean own : analysis.ownVoice()) {
            ownVoice += own ? 1 : 0;
        }
        int sentences = analysis.sentences().size();
        lines.add(counted(sentences, "sentence") + ", " + counted(analysis.tokens().size(), "token") + "; "
                + (sentences == 1 ? (ownVoice == 1 ? "in the article's own voice" : "attributed")
                        : ownVoice + " of them in the article's own voice, the rest attributed"));
    }

    private static void entities(Analysis analysis, List<String> lines) {
        section("ENTITIES", analysis.entities().size(), lines);
        for (Entity entity : analysis.entities()) {
            int count = entity.mentions().size();
            lines.add(fit(INDENT + entity.name() + "  " + entity.type() + ", " + counted(count, "mention"), WIDTH));
            if (!entity.aliases().isEmpty()) {
                lines.add(fit(DETAIL + "also: " + String.join(", ", entity.aliases()), WIDTH));
            }
            if (!entity.roles().isEmpty()) {
                String roles = entity.roles().stream().map(Excerpt::text).distinct().collect(Collectors.joining("; "));
                lines.add(fit(DETAIL + "role: " + roles, WIDTH));
            }
            if (entity.link() != null) {
                lines.add(fit(DETAIL + "link: " + link(entity.link()), WIDTH));
            } else if (!entity.linkCandidates().isEmpty()) {
                lines.add(fit(DETAIL + "ambiguous: " + entity.linkCandidates().stream().map(TextReport::link)
                        .collect(Collectors.joining("; ")), WIDTH));
            }
        }
    }

    /** "geonames 3183875 (41.33, 19.82) AL", "cameo IGOUNO". */
    static String link(EntityLink link) {
        StringBuilder text = new StringBuilder(link.kb().name().toLowerCase(Locale.ROOT)).append(' ').append(link.id());
        if (link.lat() != null && link.lon() != null) {
            text.append(String.format(Locale.ROOT, " (%.2f, %.2f)", link.lat(), link.lon()));
        }
        if (link.country() != null) {
            text.append(' ').append(link.country());
        }
        return text.toString();
    }

    private static void quotes(Analysis analysis, List<String> lines) {
        section("WHO SAID WHAT", analysis.quotes().size(), lines);
        for (Quote quote : analysis.quotes()) {
            List<String> facts = new ArrayList<>();
            facts.add(speaker(analysis, quote));
            if (quote.cue() != null) {
                facts.add(quote.cue().text());
            }
            facts.add(quote.direct() ? "direct" : "reported");
            if (quote.channel() != null) {
                facts.add(quote.channel().text());
            }
            lines.add(fit(INDENT + quote.id() + "  " + String.join(" · ", facts), WIDTH));
            int room = WIDTH - DETAIL.length() - 2;
            lines.add(DETAIL + "\u201C" + fit(quote.text(), room) + "\u201D");
            String chain = analysis.chainOf(quote).stream().map(ChainLink::text).collect(Collectors.joining(" ← "));
            lines.add(fit(DETAIL + chain, WIDTH));
        }
    }

    /**
     * Who speaks: the entity's name where the words end in it ("Interior Minister Suleyman Soylu"), else the words
     * and the entity they were read as ("he (Suleyman Soylu)", "his lawyers (Ilya Sorokin)"), so a reader can
     * check the reading.
     */
    private static String speaker(Analysis analysis, Quote quote) {
        Entity entity = quote.speaker() == null ? null : analysis.entity(quote.speaker());
        String words = quote.speakerText() == null ? null : quote.speakerText().text();
        if (entity == null) {
            return words == null ? "unattributed" : words;
        }
        return words == null || headedBy(words, entity.name()) ? entity.name() : words + " (" + entity.name() + ")";
    }

    /**
     * Whether the words end in the name, past an acronym in brackets ("The Joint Chiefs of Staff (JCS)"), and the
     * name is not a preposition's object ("Witnesses in the border town of Paju", who are not Paju).
     */
    private static boolean headedBy(String words, String name) {
        String text = words.toLowerCase(Locale.ROOT);
        int bracket = text.lastIndexOf(" (");
        if (text.endsWith(")") && bracket > 0) {
            text = text.substring(0, bracket);
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (!text.endsWith(lowerName)) {
            return false;
        }
        String[] before = text.substring(0, text.length() - lowerName.length()).strip().split(" ");
        int last = before.length - 1;
        if (last > 0 && ARTICLES.contains(before[last])) {
            last--; // "a spokesman for the ministry": the word before the article
        }
        return last < 0 || !PREPOSITIONS.contains(before[last]);
    }

    private static void timex(Analysis analysis, List<String> lines) {
        section("WHEN", analysis.timex().size(), lines);
        int column = column(analysis.timex().stream().map(Timex::text).collect(Collectors.toList()));
        for (Timex timex : analysis.timex()) {
            String value = timex.value() == null ? "unresolved" : timex.value();
            lines.add(fit(INDENT + pad(timex.text(), column) + " → " + value, WIDTH));
        }
    }

    private static void quantities(Analysis analysis, List<String> lines) {
        section("COUNTS", analysis.quantities().size(), lines);
        int column = column(analysis.quantities().stream().map(Quantity::text).collect(Collectors.toList()));
        for (Quantity quantity : analysis.quantities()) {
            lines.add(fit(INDENT + pad(quantity.text(), column) + " → " + amount(quantity), WIDTH));
        }
    }

    private static void events(Analysis analysis, List<String> lines) {
        section("WHAT HAPPENED", analysis.events().size(), lines);
        for (Event event : analysis.events()) {
            List<String> facts = new ArrayList<>();
            facts.add(event.type() + " " + event.code());
            facts.add(event.mentions().stream().map(Excerpt::text).distinct().collect(Collectors.joining(", ")));
            facts.add(event.modality().name().toLowerCase(java.util.Locale.ROOT));
            facts.add(event.quote() == null ? "article's own voice" : "stated in " + event.quote());
            lines.add(fit(INDENT + event.id() + "  " + String.join(" · ", facts), WIDTH));
            if (event.actor() != null || event.target() != null) {
                String actor = event.actor() == null ? "?" : event.actor().text();
                String target = event.target() == null ? "?" : event.target().text();
                lines.add(fit(DETAIL + actor + " → " + target, WIDTH));
            }
            List<String> details = new ArrayList<>();
            if (event.time() != null) {
                details.add("when " + (event.time().value() == null ? event.time().text() : event.time().value()));
            }
            if (event.place() != null) {
                Entity place = event.place().entity() == null ? null : analysis.entity(event.place().entity());
                boolean named = place == null || place.name().equalsIgnoreCase(event.place().text());
                details.add("where " + event.place().text() + (named ? "" : " (" + place.name() + ")"));
            }
            if (event.instrument() != null) {
                details.add("with " + event.instrument().text());
            }
            event.counts().forEach((casualty, bounds) -> details.add(casualty.name().toLowerCase(java.util.Locale.ROOT)
                    + " " + amount(new Quantity(0, 0, "", bounds.min(), bounds.max(), null, false))));
            if (!details.isEmpty()) {
                lines.add(fit(DETAIL + String.join(" · ", details), WIDTH));
            }
        }
    }

    /** "3000", "≥ 24", "≤ 10", "10–20", with "~" when approximate and the unit after it. */
    static String amount(Quantity quantity) {
        Double min = quantity.min();
        Double max = quantity.max();
        String amount;
        if (min != null && max != null) {
            amount = min.equals(max) ? number(min) : number(min) + "–" + number(max);
        } else if (min != null) {
            amount = "≥ " + number(min);
        } else if (max != null) {
            amount = "≤ " + number(max);
        } else {
            amount = "?";
        }
        String approximate = quantity.approximate() ? "~" : "";
        return approximate + amount + (quantity.unit() == null ? "" : " " + quantity.unit());
    }

    /** Persuasion techniques pinned to spans and the labels given to each actor, with the caveat they need. */
    private static void framing(Analysis analysis, List<String> lines) {
        Framing framing = analysis.framing();
        section("HOW IT IS TOLD", framing.frames().size(), lines);
        lines.add(INDENT + "A technique is a claim about the text, not about the truth of the actor.");
        lines.add(INDENT + Math.round(framing.ownVoiceShare() * 100) + "% of the text in the article's own voice "
                + "carries a technique.");
        for (Frame frame : framing.frames()) {
            Entity target = frame.target() == null ? null : analysis.entity(frame.target());
            lines.add(fit(INDENT + frame.technique() + String.format(java.util.Locale.ROOT, "  %.2f", frame.score())
                    + (target == null ? "" : "  → " + target.name()), WIDTH));
            lines.add(DETAIL + "\u201C" + fit(frame.text(), WIDTH - DETAIL.length() - 2) + "\u201D");
        }
        for (Entity entity : analysis.entities()) {
            List<EntityLabel> labels = framing.labelsOf(entity.id());
            if (labels.isEmpty()) {
                continue;
            }
            // One line per wording and polarity, with how often it recurs and in whose voice each time ("the
            // group ×3 (neutral; article's own voice ×2, q4)"), so a reader tells the outlet's words from a speaker's.
            java.util.Map<String, List<EntityLabel>> byWording = labels.stream().collect(Collectors.groupingBy(
                    l -> oneLine(l.text()).toLowerCase(java.util.Locale.ROOT) + '\t' + l.polarity(),
                    java.util.LinkedHashMap::new, Collectors.toList()));
            lines.add(fit(INDENT + "labels for " + entity.name(), WIDTH));
            for (List<EntityLabel> same : byWording.values()) {
                EntityLabel first = same.get(0);
                lines.add(fit(DETAIL + oneLine(first.text()) + times(same.size()) + " ("
                        + first.polarity().name().toLowerCase(java.util.Locale.ROOT) + "; " + voices(same) + ")", WIDTH));
            }
        }
    }

    /** Where labels were said, in order of first use: "article's own voice ×2, q4". */
    private static String voices(List<EntityLabel> labels) {
        java.util.Map<String, Long> counts = labels.stream().collect(Collectors.groupingBy(
                l -> l.quote() == null ? "article's own voice" : l.quote(), java.util.LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + times(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String times(long count) {
        return count > 1 ? " ×" + count : "";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static void section(String title, int count, List<String> lines) {
        lines.add("");
        lines.add(title + " (" + count + ")");
        if (count == 0) {
            lines.add(NONE);
        }
    }

    /** The width of a left column: its longest entry, within reason. */
    private static int column(List<String> texts) {
        int widest = texts.stream().mapToInt(text -> oneLine(text).length()).max().orElse(0);
        return Math.min(widest, 32);
    }

    private static String pad(String text, int column) {
        String flat = fit(text, column);
        return flat + " ".repeat(Math.max(0, column - flat.length()));
    }

    /** The text on one line, shortened at a word boundary with "…" when longer than {@code width}. */
    static String fit(String text, int width) {
        String flat = oneLine(text);
        if (flat.length() <= width) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', width - 1);
        if (cut < width / 2) {
            cut = width - 1;
        }
        return flat.substring(0, cut).stripTrailing() + "…";
    }

    /** Line breaks and tabs, with the spaces around them, become one space; padding spaces stay. */
    private static String oneLine(String text) {
        return text.replaceAll(" *[\\t\\n\\r\\f\\u000B\\u2028\\u2029][\\s]*", " ").stripTrailing();
    }
}
