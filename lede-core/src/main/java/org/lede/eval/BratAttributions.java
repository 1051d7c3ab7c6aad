package org.lede.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the attribution relations of a PolNeAR brat standoff file ({@code .ann}): each {@code E} line
 * links a Content span (possibly in {@code ;}-separated fragments), a Cue and, when the text names one, a
 * Source. Offsets in the file count code points; they are turned into the char offsets Lede uses.
 */
public final class BratAttributions {

    /** A stretch of text, char offsets, end exclusive. */
    public record Fragment(int start, int end) {
        boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    /** One gold attribution: its content fragments in text order, its source and cue fragments (empty: none). */
    public record Attribution(List<Fragment> content, List<Fragment> source, List<Fragment> cue) {
        public Attribution {
            content = List.copyOf(content);
            source = List.copyOf(source);
            cue = List.copyOf(cue);
        }
    }

    private static final Pattern ENTRY = Pattern.compile("^([TER]\\d+)\\t", Pattern.MULTILINE);

    private BratAttributions() {
    }

    /** The attributions with a content in {@code ann}, an annotation of {@code text}, in file order. */
    public static List<Attribution> parse(String ann, String text) {
        Map<String, List<Fragment>> spans = new HashMap<>();
        List<String> relations = new ArrayList<>();
        // Span text may contain line breaks, so an entry runs to the start of the next one, not to a newline.
        Matcher m = ENTRY.matcher(ann);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
        }
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : ann.length();
            String id = ann.substring(starts.get(k)[0], starts.get(k)[1] - 1);
            String body = ann.substring(starts.get(k)[1], end);
            if (id.startsWith("T")) {
                String typeAndOffsets = body.split("\t", 2)[0];
                spans.put(id, fragments(typeAndOffsets.substring(typeAndOffsets.indexOf(' ') + 1), text));
            } else if (id.startsWith("E")) {
                relations.add(body.strip());
            }
        }
        List<Attribution> attributions = new ArrayList<>();
        for (String relation : relations) {
            // A content broken by the cue is annotated as Content, Content2, …: together they are one claim.
            List<Fragment> content = new ArrayList<>();
            List<Fragment> source = List.of();
            List<Fragment> cue = List.of();
            for (String argument : relation.split("\\s+")) {
                String[] roleAndId = argument.split(":", 2);
                if (roleAndId.length < 2 || !spans.containsKey(roleAndId[1])) {
                    continue;
                }
                if (roleAndId[0].startsWith("Content")) {
                    content.addAll(spans.get(roleAndId[1]));
                } else if (roleAndId[0].startsWith("Source")) {
                    source = spans.get(roleAndId[1]);
                } else if (roleAndId[0].startsWith("Cue")) {
                    cue = spans.get(roleAndId[1]);
                }
            }
            if (!content.isEmpty()) {
                content.sort((a, b) -> Integer.compare(a.start(), b.start()));
                attributions.add(new Attribution(content, source, cue));
            }
        }
        return attributions;
    }

    /** "115 290;300 310" in code points to char fragments. */
    private static List<Fragment> fragments(String offsets, String text) {
        List<Fragment> fragments = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        for (String pair : offsets.split(";")) {
            String[] ends = pair.trim().split("\\s+");
            int start = Math.min(Integer.parseInt(ends[0]), codePoints);
            int end = Math.min(Integer.parseInt(ends[1]), codePoints);
            fragments.add(new Fragment(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
        }
        fragments.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return fragments;
    }

    /**
     * The annotation file to read per article of a PolNeAR {@code attributions/} folder: the one whose name sorts
     * first, when several annotators did the article. Keyed by article name, in name order.
     */
    public static Map<String, Path> firstAnnotationPerArticle(Path folder) {
        Map<String, Path> chosen = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().forEach(f -> {
                String name = f.getFileName().toString();
                String article = name.substring(0, name.lastIndexOf('_'));
                chosen.putIfAbsent(article, f);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chosen;
    }
}
