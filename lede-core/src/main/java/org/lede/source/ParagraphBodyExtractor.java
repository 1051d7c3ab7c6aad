package org.lede.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The simple extractor. A page that marks its article ({@code itemprop=articleBody}, else {@code <article>},
 * else {@code <main>}) gets the paragraphs of that element. Any other page gets the element densest in
 * prose, scored as Readability does: parts named like comments, menus or sidebars are set aside; each
 * paragraph of some length and few links scores its parent fully and its grandparent half (1 + its commas
 * + up to 3 for its length); an element named like a story body gains, one named like furniture loses; the
 * links around an element discount its score. The winner's paragraphs are the article, with those of
 * siblings that score nearly as well (a body split into several {@code <div>}s).
 *
 * <p>Paragraphs are {@link TextBlocks}: {@code <p>}, list items, and text between {@code <br><br>} in a
 * {@code <div>}. Either way, short lines without a full stop ("Share", "Photo: council"), link lists,
 * teasers cut short with "..." and the {@code <h1>} headline (the article's title) stay out.
 */
public final class ParagraphBodyExtractor implements BodyExtractor {
    private static final List<String> CONTAINERS = List.of("[itemprop=articleBody]", "article", "main", "[role=main]");
    /** A paragraph shorter than this is furniture unless it ends like a sentence. */
    private static final int SUBSTANTIAL = 25;
    /** Above this share of link text a block is navigation, not prose. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A sibling of the winner joins it when it scores at least this share of the winner's score. */
    private static final double SIBLING_SHARE = 0.2;
    /** Elements that hold paragraphs rather than being one: their text blocks score the element itself. */
    private static final List<String> PARAGRAPHS = List.of("p", "li", "blockquote", "pre", "td", "dd",
            "h2", "h3", "h4", "h5", "h6");
    /** Class and id words of elements that hold the story, and of those around it (Readability's lists). */
    private static final Pattern STORY_NAME = Pattern.compile(
            "article|body|content|entry|main|page|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern FURNITURE_NAME = Pattern.compile("comment|com-|contact|foot|masthead|media|meta|"
            + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|"
            + "hidden|banner|-ad-", Pattern.CASE_INSENSITIVE);
    /**
     * Class and id words of page parts that are no part of the story, such as comments and menus (Readability's
     * list); such a part is taken out before scoring unless its name also says it may hold the story
     * ("article-comments", "main-header").
     */
    private static final String NOT_STORY_NAME = "(?i)-ad-|banner|breadcrumbs|combx|comment|community|disqus|"
            + "extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|"
            + "social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup";
    /** Class and id words of the small parts around a story's paragraphs, inside its element. */
    private static final String ASIDE_NAME = "(?i)caption|credit|byline|timestamp|published-date|dateline-time";
    /** Longer than this, a part named like a caption holds more than a caption: the story itself, badly named. */
    private static final int MAX_ASIDE = 600;
    private static final Pattern MAYBE_STORY_NAME = Pattern.compile("and|article|body|column|content|main|shadow",
            Pattern.CASE_INSENSITIVE);
    /** What a telling class or id name is worth, against 1 to about 10 points for a paragraph. */
    private static final double NAME_WEIGHT = 25;

    @Override
    public List<String> paragraphs(Document page) {
        for (String selector : CONTAINERS) {
            List<String> best = List.of();
            int bestLength = 0;
            // A page may hold several (related stories, teasers): the article is the one with most text.
            for (Element container : page.select(selector)) {
                List<String> paragraphs = kept(TextBlocks.in(pruned(container)));
                int length = paragraphs.stream().mapToInt(String::length).sum();
                if (length > bestLength) {
                    best = paragraphs;
                    bestLength = length;
                }
            }
            if (!best.isEmpty()) {
                return best;
            }
        }
        return page.body() == null ? List.of() : densest(page.body());
    }

    /**
     * The paragraphs of the element densest in prose, and of its siblings that come close, once comments,
     * menus and the like are out; if that leaves nothing, the page named its whole layout like furniture
     * ("page has-sidebar"), and it is judged as it is.
     */
    private static List<String> densest(Element body) {
        List<String> paragraphs = densestIn(pruned(body));
        return paragraphs.isEmpty() ? densestIn(body) : paragraphs;
    }

    /**
     * A copy of {@code root} without the parts named like comments, menus and the like (unless the name
     * also says they may hold the story) and without short parts named like a photo caption, a credit, a
     * byline or a time stamp, which sit inside the story's own element.
     */
    private static Element pruned(Element root) {
        Element pruned = root.clone();
        for (Element part : pruned.select("[class~=" + NOT_STORY_NAME + "], [id~=" + NOT_STORY_NAME + "]")) {
            if (part != pruned && !MAYBE_STORY_NAME.matcher(part.className() + " " + part.id()).find()) {
                part.remove();
            }
        }
        for (Element part : pruned.select("[class~=" + ASIDE_NAME + "], [id~=" + ASIDE_NAME + "]")) {
            if (part != pruned && part.text().length() < MAX_ASIDE) {
                part.remove();
            }
        }
        return pruned;
    }

    private static List<String> densestIn(Element body) {
        Map<Element, Score> scores = new LinkedHashMap<>();
        for (TextBlock block : TextBlocks.in(body)) {
            Element container = PARAGRAPHS.contains(block.owner().normalName()) && block.owner() != body
                    ? block.owner().parent() : block.owner();
            double points = isProse(block) ? 1 + commas(block.text()) + Math.min(block.text().length() / 100, 3) : 0;
            scores.computeIfAbsent(container, e -> new Score()).add(block, points);
            Element grandparent = container.parent();
            if (grandparent != null) {
                scores.computeIfAbsent(grandparent, e -> new Score()).add(block, points / 2);
            }
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> finals = new HashMap<>();
        for (Map.Entry<Element, Score> entry : scores.entrySet()) {
            double score = entry.getValue().discounted(nameWeight(entry.getKey()));
            finals.put(entry.getKey(), score);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        Element parent = best.parent();
        List<Element> group = parent == null ? List.of(best) : parent.children();
        for (Element element : group) {
            if (element == best || finals.getOrDefault(element, 0.0) >= bestScore * SIBLING_SHARE) {
                paragraphs.addAll(kept(TextBlocks.in(element)));
            }
        }
        return paragraphs;
    }

    /** The blocks a reader would call the article's paragraphs. */
    private static List<String> kept(List<TextBlock> blocks) {
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextBlock block : blocks) {
            // The headline is the article's title, kept apart from its body. A paragraph seen before is a
            // gallery's caption or a pull quote repeated, and a bare address is a share link's text.
            if (!block.owner().normalName().equals("h1") && block.linkDensity() <= MAX_LINK_DENSITY
                    && !isTeaser(block.text()) && seen.add(block.text()) && !isAddress(block.text())
                    && (block.text().length() >= SUBSTANTIAL || endsLikeASentence(block.text()))) {
                paragraphs.add(block.text());
            }
        }
        return paragraphs;
    }

    private static boolean isAddress(String text) {
        return (text.startsWith("http://") || text.startsWith("https://")) && text.indexOf(' ') < 0;
    }

    private static boolean isProse(TextBlock block) {
        return block.text().length() >= SUBSTANTIAL && block.linkDensity() <= MAX_LINK_DENSITY
                && !isTeaser(block.text());
    }

    /** A summary cut short, "Two people were diagnosed with...": it points to another story. */
    private static boolean isTeaser(String text) {
        return text.endsWith("...") || text.endsWith("\u2026");
    }

    /** Points for an element's class and id: plus for "article-body", minus for "comments" or "sidebar". */
    private static double nameWeight(Element element) {
        double weight = 0;
        for (String name : new String[] {element.className(), element.id()}) {
            if (FURNITURE_NAME.matcher(name).find()) {
                weight -= NAME_WEIGHT;
            }
            if (STORY_NAME.matcher(name).find()) {
                weight += NAME_WEIGHT;
            }
        }
        return weight;
    }

    private static boolean endsLikeASentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D';
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        return count;
    }

    /** What the paragraphs under one element add up to. */
    private static final class Score {
        private double points;
        private long chars;
        private long linkChars;

        void add(TextBlock block, double blockPoints) {
            points += blockPoints;
            chars += block.text().length();
            linkChars += block.linkChars();
        }

        /**
         * The points with the element's name weight, less the share of link text around them: a menu of long
         * headlines scores little. No points, no score: a well-named element must still hold prose.
         */
        double discounted(double nameWeight) {
            return points == 0 ? 0 : (points + nameWeight) * (1 - (double) linkChars / chars);
        }
    }
}
