package org.lede.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads one ECB+ document: its tokens joined into a text (a space between tokens, a blank line between
 * sentences, the source URL of ECB+ documents left out), its entity mentions with their coreference chain,
 * and its event (action) mentions with their chain across documents.
 */
public final class EcbPlusReader {

    /**
     * A gold entity mention: char span in the rebuilt text, the ECB+ tag ("HUMAN_PART_PER") and its chain,
     * the id of the instance it corefers to, or null when it is in no coreference relation.
     */
    public record GoldMention(int start, int end, String tag, String chain) {
    }

    /**
     * @param actions the event mentions (ACTION_* and NEG_* tags); a chain is the cross-document instance
     *                ECB+ links the mention to (the same in every document), else the document's own chain,
     *                else null
     */
    public record GoldDocument(String name, String text, List<GoldMention> mentions, List<GoldMention> actions) {
    }

    public GoldDocument read(Path file) throws IOException {
        Document xml = parse(file);
        boolean plus = file.getFileName().toString().endsWith("ecbplus.xml");
        StringBuilder text = new StringBuilder();
        Map<String, int[]> spans = new HashMap<>();
        NodeList tokens = xml.getElementsByTagName("token");
        String sentence = null;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element token = (Element) tokens.item(i);
            String s = token.getAttribute("sentence");
            if (plus && s.equals("0")) {
                continue;
            }
            if (sentence != null) {
                text.append(s.equals(sentence) ? " " : "\n\n");
            }
            sentence = s;
            int start = text.length();
            text.append(token.getTextContent().strip());
            spans.put(token.getAttribute("t_id"), new int[] {start, text.length()});
        }
        Map<String, String> chainOf = chains(xml);
        Map<String, String> instanceOf = crossDocumentInstances(xml);
        String name = file.getFileName().toString();
        List<GoldMention> mentions = new ArrayList<>();
        List<GoldMention> actions = new ArrayList<>();
        NodeList markables = xml.getElementsByTagName("Markables");
        if (markables.getLength() > 0) {
            for (Node n = markables.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element markable && isEntity(markable.getTagName())) {
                    GoldMention mention = mention(markable, spans, chainOf);
                    if (mention != null) {
                        mentions.add(mention);
                    }
                } else if (n instanceof Element markable && isAction(markable.getTagName())) {
                    String id = markable.getAttribute("m_id");
                    String chain = instanceOf.containsKey(id) ? instanceOf.get(id)
                            : chainOf.containsKey(id) ? name + ":" + chainOf.get(id) : null;
                    GoldMention mention = mention(markable, spans, chain == null ? Map.of() : Map.of(id, chain));
                    if (mention != null) {
                        actions.add(mention);
                    }
                }
            }
        }
        return new GoldDocument(name, text.toString(), mentions, actions);
    }

    private static boolean isAction(String tag) {
        return tag.startsWith("ACTION_") || tag.startsWith("NEG_");
    }

    /** The instance each mention corefers with across documents: the note of its CROSS_DOC_COREF. */
    private static Map<String, String> crossDocumentInstances(Document xml) {
        Map<String, String> instanceOf = new HashMap<>();
        NodeList relations = xml.getElementsByTagName("CROSS_DOC_COREF");
        for (int r = 0; r < relations.getLength(); r++) {
            Element element = (Element) relations.item(r);
            NodeList sources = element.getElementsByTagName("source");
            for (int s = 0; s < sources.getLength(); s++) {
                instanceOf.put(((Element) sources.item(s)).getAttribute("m_id"), element.getAttribute("note"));
            }
        }
        return instanceOf;
    }

    private static boolean isEntity(String tag) {
        return tag.startsWith("HUMAN_PART") || tag.startsWith("LOC_") || tag.startsWith("NON_HUMAN_PART");
    }

    private static GoldMention mention(Element markable, Map<String, int[]> spans, Map<String, String> chainOf) {
        NodeList anchors = markable.getElementsByTagName("token_anchor");
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int k = 0; k < anchors.getLength(); k++) {
            int[] span = spans.get(((Element) anchors.item(k)).getAttribute("t_id"));
            if (span != null) {
                start = Math.min(start, span[0]);
                end = Math.max(end, span[1]);
            }
        }
        if (end < 0) {
            return null; // an instance (chain head) without tokens, or a mention in the URL line
        }
        String id = markable.getAttribute("m_id");
        return new GoldMention(start, end, markable.getTagName(), chainOf.get(id));
    }

    /** The chain of each mention: the target of the coreference relation it is a source of. */
    private static Map<String, String> chains(Document xml) {
        Map<String, String> chainOf = new HashMap<>();
        for (String relation : List.of("CROSS_DOC_COREF", "INTRA_DOC_COREF")) {
            NodeList relations = xml.getElementsByTagName(relation);
            for (int r = 0; r < relations.getLength(); r++) {
                Element element = (Element) relations.item(r);
                NodeList targets = element.getElementsByTagName("target");
                if (targets.getLength() == 0) {
                    continue;
                }
                String chain = "t" + ((Element) targets.item(0)).getAttribute("m_id");
                NodeList sources = element.getElementsByTagName("source");
                for (int s = 0; s < sources.getLength(); s++) {
                    chainOf.put(((Element) sources.item(s)).getAttribute("m_id"), chain);
                }
            }
        }
        return chainOf;
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read ECB+ file " + file + ": " + e.getMessage(), e);
        }
    }
}
