package org.lede.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lede.source.InputException;

/**
 * Reads the two gold event sets {@code lede eval events} scores against, into one shape: a document's text
 * rebuilt from its tokens (offsets are Java char offsets into it), and its events with trigger and argument
 * spans.
 * <ul>
 *   <li>WikiEvents ({@code dev.jsonl}, KAIROS ontology): whole news articles with every event annotated; an
 *       argument is an entity mention, and with {@code coref/dev.jsonlines} beside the file, any mention of
 *       its coreference chain counts as the argument too.</li>
 *   <li>RAMS ({@code dev.jsonlines}, AIDA ontology): five-sentence windows with ONE annotated event each.</li>
 * </ul>
 */
public final class GoldEvents {

    /** A stretch of the rebuilt text. */
    record Stretch(int start, int end) {
        boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    /** A gold argument: its role as the data set names it and the stretches that count as it. */
    record Argument(String role, List<Stretch> stretches) {
    }

    record GoldEvent(String type, Stretch trigger, List<Argument> arguments) {
    }

    /**
     * @param complete true when every event of the document is annotated (WikiEvents), so a predicted event
     *                 nobody annotated is a false one; false for RAMS, which annotates one event per document
     * @param source   the article the text comes from (RAMS cuts several windows from one article), so that
     *                 cross-validation keeps one article's windows in one fold
     */
    record Document(String id, String text, List<GoldEvent> events, boolean complete, String source) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final List<Document> documents;

    private GoldEvents(String name, List<Document> documents) {
        this.name = name;
        this.documents = List.copyOf(documents);
    }

    /**
     * @throws NoSuchFileException when there is no such file
     * @throws InputException when it is a folder, or a line is not JSON or lacks a field the format has,
     *     naming the file
     */
    static GoldEvents read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new InputException(file.toString(), "a folder: give the WikiEvents .jsonl or RAMS .jsonlines file");
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        String name = file.getFileName().toString();
        boolean rams = name.endsWith(".jsonlines");
        try {
            return new GoldEvents(name, rams ? rams(file) : wikiEvents(file));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new InputException(file.toString(), "not a " + (rams ? "RAMS .jsonlines" : "WikiEvents .jsonl")
                    + " file (" + e.getClass().getSimpleName() + "); give WikiEvents' dev.jsonl or RAMS's "
                    + "dev.jsonlines as distributed");
        }
    }

    /** The file name the set was read from. */
    public String name() {
        return name;
    }

    public int size() {
        return documents.size();
    }

    List<Document> documents() {
        return documents;
    }

    static List<Document> wikiEvents(Path file) throws IOException {
        Map<String, List<List<String>>> chains = wikiEventsCoreference(
                file.resolveSibling("coref").resolve(file.getFileName().toString().replace(".jsonl", ".jsonlines")));
        List<Document> documents = new ArrayList<>();
        for (JsonNode doc : lines(file)) {
            TextBuilder text = new TextBuilder();
            for (JsonNode sentence : doc.get("sentences")) {
                JsonNode tokens = sentence.get(0);
                String sentenceText = sentence.get(1).asText();
                int first = tokens.get(0).get(1).asInt();
                int base = text.length();
                for (JsonNode token : tokens) {
                    text.token(base + token.get(1).asInt() - first, base + token.get(2).asInt() - first);
                }
                text.append(sentenceText).append("\n\n");
            }
            Map<String, Stretch> mentions = new HashMap<>();
            for (JsonNode mention : doc.get("entity_mentions")) {
                mentions.put(mention.get("id").asText(), text.stretch(mention.get("start").asInt(),
                        mention.get("end").asInt()));
            }
            List<List<String>> docChains = chains.getOrDefault(doc.get("doc_id").asText(), List.of());
            List<GoldEvent> events = new ArrayList<>();
            for (JsonNode event : doc.get("event_mentions")) {
                JsonNode trigger = event.get("trigger");
                List<Argument> arguments = new ArrayList<>();
                for (JsonNode argument : event.get("arguments")) {
                    String id = argument.get("entity_id").asText();
                    List<Stretch> stretches = new ArrayList<>();
                    for (String coreferent : chainOf(id, docChains)) {
                        if (mentions.containsKey(coreferent)) {
                            stretches.add(mentions.get(coreferent));
                        }
                    }
                    arguments.add(new Argument(argument.get("role").asText(), stretches));
                }
                events.add(new GoldEvent(event.get("event_type").asText(),
                        text.stretch(trigger.get("start").asInt(), trigger.get("end").asInt()), arguments));
            }
            String id = doc.get("doc_id").asText();
            documents.add(new Document(id, text.toString(), events, true, id));
        }
        return documents;
    }

    static List<Document> rams(Path file) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (JsonNode doc : lines(file)) {
            TextBuilder text = new TextBuilder();
            for (JsonNode sentence : doc.get("sentences")) {
                for (JsonNode token : sentence) {
                    int start = text.length();
                    text.append(token.asText());
                    text.token(start, text.length());
                    text.append(" ");
                }
                text.append("\n");
            }
            // RAMS spans are inclusive token ranges; a role is "evt089arg01victim": the name after "argNN".
            JsonNode trigger = doc.get("evt_triggers").get(0);
            String type = trigger.get(2).get(0).get(0).asText();
            List<Argument> arguments = new ArrayList<>();
            for (JsonNode link : doc.get("gold_evt_links")) {
                String role = link.get(2).asText().replaceFirst("^evt\\d+arg\\d+", "");
                JsonNode span = link.get(1);
                arguments.add(new Argument(role, List.of(text.stretch(span.get(0).asInt(), span.get(1).asInt() + 1))));
            }
            Stretch triggerStretch = text.stretch(trigger.get(0).asInt(), trigger.get(1).asInt() + 1);
            String id = doc.get("doc_key").asText();
            documents.add(new Document(id, text.toString(), List.of(new GoldEvent(type, triggerStretch, arguments)),
                    false, doc.has("source_url") ? doc.get("source_url").asText() : id));
        }
        return documents;
    }

    private static List<String> chainOf(String mention, List<List<String>> chains) {
        for (List<String> chain : chains) {
            if (chain.contains(mention)) {
                return chain;
            }
        }
        return List.of(mention);
    }

    private static Map<String, List<List<String>>> wikiEventsCoreference(Path file) throws IOException {
        Map<String, List<List<String>>> chains = new HashMap<>();
        if (!Files.exists(file)) {
            return chains;
        }
        for (JsonNode doc : lines(file)) {
            List<List<String>> docChains = new ArrayList<>();
            for (JsonNode cluster : doc.get("clusters")) {
                List<String> chain = new ArrayList<>();
                cluster.forEach(id -> chain.add(id.asText()));
                docChains.add(chain);
            }
            chains.put(doc.get("doc_key").asText(), docChains);
        }
        return chains;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    nodes.add(MAPPER.readTree(line));
                }
            }
        }
        return nodes;
    }

    /** A text built token by token, remembering where each token of the data set stands in it. */
    private static final class TextBuilder {
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> tokens = new ArrayList<>();

        TextBuilder append(String s) {
            text.append(s);
            return this;
        }

        int length() {
            return text.length();
        }

        void token(int start, int end) {
            tokens.add(new int[] {start, end});
        }

        /** The stretch of tokens {@code first} to {@code end} (exclusive), in the data set's token numbers. */
        Stretch stretch(int first, int end) {
            return new Stretch(tokens.get(first)[0], tokens.get(Math.max(first, end - 1))[1]);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
