package org.lede.framing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lede.eval.LabelledSpan;
import org.lede.source.InputException;

/**
 * One split of the Propaganda Techniques Corpus in the layout of SemEval-2020 Task 11: the articles in
 * {@code DIR/SPLIT-articles/articleID.txt} and their technique spans in {@code DIR/SPLIT-task-flc-tc.labels}
 * (tab-separated: article id, technique, start, end). Any split laid out so is read by naming it.
 *
 * <p>The task counts offsets in Unicode code points (Python strings); inside Lede spans are Java chars, so
 * the reader converts, and {@link Article#toTaskOffset} converts back for scoring.
 */
public final class PtcCorpus {
    private static final Pattern ARTICLE_FILE = Pattern.compile("article(\\d+)\\.txt");

    private PtcCorpus() {
    }

    /**
     * One article and its gold spans, in char offsets.
     *
     * @param spans technique spans, as many per stretch of text as annotators gave it
     */
    public record Article(String id, String text, List<TechniqueSpan> spans) {
        public Article {
            spans = List.copyOf(spans);
        }

        /** A char offset into {@link #text} as the task counts it (code points). */
        public int toTaskOffset(int charOffset) {
            return text.codePointCount(0, charOffset);
        }

        /** A span as a line of the task's label files. */
        public LabelledSpan toTask(Technique technique, int start, int end) {
            return new LabelledSpan(id, technique.label(), toTaskOffset(start), toTaskOffset(end));
        }
    }

    /** A technique on a stretch of an article, offsets in chars. */
    public record TechniqueSpan(Technique technique, int start, int end) {
    }

    /** Every article of the split, in article id order, with its gold spans (an article may have none). */
    public static List<Article> read(Path dir, String split) throws IOException {
        Path articles = dir.resolve(split + "-articles");
        Path labels = dir.resolve(split + "-task-flc-tc.labels");
        if (!Files.isDirectory(articles)) {
            throw new NoSuchFileException(articles.toString(), null,
                    "no articles folder for split '" + split + "' (expected DIR/" + split + "-articles/)");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = ARTICLE_FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    texts.put(name.group(1), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        Map<String, List<TechniqueSpan>> spans = new LinkedHashMap<>();
        if (Files.exists(labels)) {
            readLabels(labels, texts, spans);
        }
        List<Article> result = new ArrayList<>();
        texts.forEach((id, text) -> result.add(new Article(id, text, spans.getOrDefault(id, List.of()))));
        return result;
    }

    private static void readLabels(Path labels, Map<String, String> texts, Map<String, List<TechniqueSpan>> spans)
            throws IOException {
        List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = labels + " line " + (i + 1);
            String[] cols = lines.get(i).strip().split("\t");
            if (cols.length != 4) {
                throw new InputException(where, "expected 4 tab-separated columns (article, technique, start, "
                        + "end), found " + cols.length);
            }
            String text = texts.get(cols[0]);
            if (text == null) {
                throw new InputException(where, "article " + cols[0] + " has no file article" + cols[0] + ".txt");
            }
            try {
                Technique technique = Technique.ofLabel(cols[1]);
                int start = text.offsetByCodePoints(0, Integer.parseInt(cols[2]));
                int end = text.offsetByCodePoints(0, Integer.parseInt(cols[3]));
                if (end <= start) {
                    throw new IllegalArgumentException("the span " + cols[2] + "-" + cols[3] + " is empty");
                }
                spans.computeIfAbsent(cols[0], id -> new ArrayList<>()).add(new TechniqueSpan(technique, start, end));
            } catch (IndexOutOfBoundsException e) {
                throw new InputException(where, "offsets " + cols[2] + "-" + cols[3] + " lie outside the article");
            } catch (IllegalArgumentException e) {
                throw new InputException(where, e.getMessage());
            }
        }
    }
}
