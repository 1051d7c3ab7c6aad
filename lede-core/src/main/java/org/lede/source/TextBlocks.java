package org.lede.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts the text under an element into {@link TextBlock}s, as a reader sees paragraphs: every block element
 * ({@code p}, {@code div}, {@code li} …) starts and ends one, and so do two or more {@code <br>} in a row,
 * which is how pages laid out in {@code <div>}s mark paragraphs. Inline elements ({@code a}, {@code span},
 * {@code b} …) stay inside the paragraph around them. The walk is iterative, so deeply nested pages are safe.
 */
final class TextBlocks {
    /** Elements that flow inside a paragraph; any other element, custom ones included, breaks it. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data",
            "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small",
            "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

    private TextBlocks() {
    }

    /** The text blocks under {@code root}, in reading order. */
    static List<TextBlock> in(Element root) {
        Collector collector = new Collector(root);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    private static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }

    private static final class Collector implements NodeVisitor {
        private final List<TextBlock> blocks = new ArrayList<>();
        private final Deque<Element> owners = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int links;
        private int breaks;

        Collector(Element root) {
            owners.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                addText(textNode.text());
            } else if (node instanceof Element element && depth > 0) {
                if (element.normalName().equals("br")) {
                    breaks++;
                } else if (element.normalName().equals("a")) {
                    links++;
                } else if (!isInline(element)) {
                    flush();
                    owners.push(element);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && depth > 0) {
                if (element.normalName().equals("a")) {
                    links--;
                } else if (!element.normalName().equals("br") && !isInline(element)) {
                    flush();
                    owners.pop();
                }
            }
        }

        private void addText(String piece) {
            if (piece.isBlank()) {
                if (!piece.isEmpty() && !text.isEmpty()) {
                    text.append(' ');
                }
                return;
            }
            if (breaks >= 2) {
                flush();
            } else if (breaks == 1 && !text.isEmpty()) {
                text.append('\n');
            }
            breaks = 0;
            int before = text.length();
            text.append(piece);
            if (links > 0) {
                linkChars += text.length() - before;
            }
        }

        void flush() {
            String collapsed = text.toString().replaceAll(" *\n *", "\n").replaceAll(" {2,}", " ").strip();
            if (!collapsed.isEmpty()) {
                blocks.add(new TextBlock(collapsed, Math.min(linkChars, collapsed.length()), owners.peek()));
            }
            text.setLength(0);
            linkChars = 0;
            breaks = 0;
        }
    }
}
