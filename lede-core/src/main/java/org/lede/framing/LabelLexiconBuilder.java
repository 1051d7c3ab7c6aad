package org.lede.framing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lede.io.AtomicFile;
import org.lede.model.EntityLabel.Polarity;
import org.lede.model.Token;

/**
 * Builds the {@link LabelLexicon}. A word is a label word when annotators of the Propaganda Techniques
 * Corpus marked it inside a Name_Calling,Labeling or Loaded_Language span at least {@code minCount} times,
 * and in at least {@code minShare} of its occurrences. Its polarity comes from the seed words (a short,
 * conflict-neutral list, {@code label-seeds.tsv}): a seed keeps its own; any other word takes the polarity of
 * the seeds it shares those spans with, when one side outnumbers the other at least two to one, and is
 * neutral otherwise. Seeds are always in the lexicon, found in the corpus or not.
 */
public final class LabelLexiconBuilder {
    private static final Set<Technique> LABELLING = Set.of(Technique.NAME_CALLING, Technique.LOADED_LANGUAGE);

    private final int minCount;
    private final double minShare;

    public LabelLexiconBuilder(int minCount, double minShare) {
        this.minCount = minCount;
        this.minShare = minShare;
    }

    /** One lexicon entry with the counts it was chosen on. */
    public record Entry(String word, Polarity polarity, int inSpans, int occurrences) {
    }

    public List<Entry> build(List<PtcCorpus.Article> articles) {
        Map<String, Polarity> seeds = LabelLexicon.read(LabelLexicon.SEEDS);
        Map<String, int[]> counts = new HashMap<>();       // in labelling spans, everywhere
        Map<String, int[]> company = new HashMap<>();      // spans shared with delegitimising, legitimising seeds
        for (PtcCorpus.Article article : articles) {
            FramedText doc = FramesModel.view(article.text());
            for (Token token : doc.tokens) {
                if (isWord(token.form())) {
                    counts.computeIfAbsent(lower(token.form()), w -> new int[2])[1]++;
                }
            }
            for (PtcCorpus.TechniqueSpan span : article.spans()) {
                if (!LABELLING.contains(span.technique())) {
                    continue;
                }
                Set<String> words = new HashSet<>();
                for (int t = doc.tokenAt(span.start()); t < doc.tokens.size()
                        && doc.tokens.get(t).start() < span.end(); t++) {
                    if (isWord(doc.tokens.get(t).form())) {
                        words.add(lower(doc.tokens.get(t).form()));
                    }
                }
                boolean delegitimising = words.stream().anyMatch(w -> seeds.get(w) == Polarity.DELEGITIMISING);
                boolean legitimising = words.stream().anyMatch(w -> seeds.get(w) == Polarity.LEGITIMISING);
                for (String word : words) {
                    counts.computeIfAbsent(word, w -> new int[2])[0]++;
                    int[] c = company.computeIfAbsent(word, w -> new int[2]);
                    c[0] += delegitimising ? 1 : 0;
                    c[1] += legitimising ? 1 : 0;
                }
            }
        }
        Map<String, Entry> entries = new TreeMap<>();
        counts.forEach((word, c) -> {
            if (c[0] >= minCount && c[0] >= minShare * c[1]) {
                entries.put(word, new Entry(word, polarity(seeds.get(word), company.get(word)), c[0], c[1]));
            }
        });
        seeds.forEach((word, polarity) -> {
            int[] c = counts.getOrDefault(word, new int[2]);
            entries.put(word, new Entry(word, polarity, c[0], c[1]));
        });
        return new ArrayList<>(entries.values());
    }

    private static Polarity polarity(Polarity seed, int[] company) {
        if (seed != null) {
            return seed;
        }
        if (company[0] >= 2 * Math.max(1, company[1])) {
            return Polarity.DELEGITIMISING;
        }
        if (company[1] >= 2 * Math.max(1, company[0])) {
            return Polarity.LEGITIMISING;
        }
        return Polarity.NEUTRAL;
    }

    private static boolean isWord(String form) {
        return form.length() >= 3 && form.chars().allMatch(Character::isLetter);
    }

    private static String lower(String form) {
        return form.toLowerCase(Locale.ROOT);
    }

    /** Writes the lexicon file with a header saying how it was made. */
    public void write(List<Entry> entries, Path file, String command) throws IOException {
        AtomicFile.writeText(file, out -> {
            out.write("# Label lexicon of org.lede.framing, written by: " + command + "\n");
            out.write("# word\tpolarity\tin Name_Calling/Loaded_Language spans\toccurrences in the corpus\n");
            for (Entry e : entries) {
                out.write(e.word() + "\t" + e.polarity().name().toLowerCase(Locale.ROOT) + "\t" + e.inSpans() + "\t"
                        + e.occurrences() + "\n");
            }
        });
    }
}
