package org.lede.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.eval.BratAttributions;
import org.lede.io.AtomicFile;

/**
 * Derives the attribution cue lexicon ({@code cue-verbs.tsv}, {@code weak-cue-verbs.tsv}) from a PolNeAR split:
 * every word annotators marked inside a Cue span at least {@code minCue} times, kept as a cue when that is at
 * least {@code minRatio} of its occurrences in the texts outside quotation marks (Lede looks for cues only
 * there), and as a weak cue (trusted only with a named or pronoun subject or a that-clause) when the ratio is
 * below that but at least {@code weakRatio}. One annotation file per article, the first by name, as the
 * evaluation reads them. Only words and counts are written, never text.
 */
public final class CueLexiconBuilder {

    /** A word with how often it was part of a cue and how often it stands in the texts outside quotations. */
    public record CueWord(String word, int cueCount, int textCount) {
        double ratio() {
            return cueCount / (double) Math.max(textCount, 1);
        }
    }

    /** The two lists, most frequent cue first. */
    public record Lexicon(List<CueWord> cues, List<CueWord> weakCues) {
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern QUOTATION = Pattern.compile("[\u201c\"][^\u201d\"\n]*[\u201d\"]");
    /** Function words that sit inside multi-word cues ("has said", "according to") but cue nothing alone. */
    private static final Set<String> FUNCTION = Set.of("to", "has", "have", "had", "is", "was", "were", "are", "be",
            "been", "also", "of", "on", "about", "in", "for", "with", "a", "an", "the", "that", "it", "not", "did",
            "does", "will", "would", "s", "t", "statement", "according", "interview", "known", "clear", "repeatedly",
            "publicly", "widely");
    /**
     * Nouns, adjectives and adverbs among frequent cue words: Lede has no tagger, and read as a verb after a noun
     * phrase they frame nonsense ("the snarky criticism, sources said").
     */
    private static final Set<String> NOT_VERBS = Set.of("criticism", "allegations", "complaints", "assertion",
            "suggestion", "chants", "views", "opposition", "concern", "aware", "eager", "quick", "skeptical",
            "confident", "concerned", "convinced", "determined", "previously", "strongly", "formally", "initially",
            "privately", "officially", "openly", "reportedly", "interest", "comments");

    private final int minCue;
    private final double minRatio;
    private final double weakRatio;

    public CueLexiconBuilder(int minCue, double minRatio, double weakRatio) {
        this.minCue = minCue;
        this.minRatio = minRatio;
        this.weakRatio = weakRatio;
    }

    /** Whether the word only ever sits inside longer cues ("has said", "according to") and cues nothing alone. */
    static boolean isFunctionWord(String lower) {
        return FUNCTION.contains(lower);
    }

    /** Counts cue words over the split folder ({@code text/}, {@code attributions/}) and sorts them into the lists. */
    public Lexicon derive(Path split) {
        Map<String, Path> annotations = BratAttributions.firstAnnotationPerArticle(split.resolve("attributions"));
        Map<String, Integer> inCues = new HashMap<>();
        Map<String, Integer> inText = new HashMap<>();
        for (Map.Entry<String, Path> entry : annotations.entrySet()) {
            count(QUOTATION.matcher(read(split.resolve("text").resolve(entry.getKey() + ".txt"))).replaceAll(" "),
                    inText);
            for (String line : read(entry.getValue()).split("\n", -1)) {
                String[] parts = line.split("\t", -1);
                if (parts.length >= 3 && parts[0].startsWith("T") && parts[1].startsWith("Cue ")) {
                    count(parts[2], inCues);
                }
            }
        }
        List<CueWord> cues = new ArrayList<>();
        List<CueWord> weak = new ArrayList<>();
        inCues.entrySet().stream()
                .map(e -> new CueWord(e.getKey(), e.getValue(), inText.getOrDefault(e.getKey(), 0)))
                .filter(w -> w.cueCount() >= minCue && !FUNCTION.contains(w.word()) && !NOT_VERBS.contains(w.word()))
                .sorted(Comparator.comparingInt((CueWord w) -> -w.cueCount()).thenComparing(CueWord::word))
                .forEach(w -> {
                    if (w.ratio() >= minRatio) {
                        cues.add(w);
                    } else if (w.ratio() >= weakRatio) {
                        weak.add(w);
                    }
                });
        return new Lexicon(cues, weak);
    }

    /** Writes {@code cue-verbs.tsv} and {@code weak-cue-verbs.tsv} into {@code folder}. */
    public void write(Lexicon lexicon, Path folder, String command) {
        write(folder.resolve("cue-verbs.tsv"), lexicon.cues(), command);
        write(folder.resolve("weak-cue-verbs.tsv"), lexicon.weakCues(), command);
    }

    private static void write(Path file, List<CueWord> words, String command) {
        StringBuilder out = new StringBuilder("# word\tcue_count\ttext_count  (derived from PolNeAR train by `")
                .append(command).append("`)\n");
        for (CueWord w : words) {
            out.append(w.word()).append('\t').append(w.cueCount()).append('\t').append(w.textCount()).append('\n');
        }
        try {
            AtomicFile.writeText(file, writer -> writer.append(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void count(String text, Map<String, Integer> counts) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
