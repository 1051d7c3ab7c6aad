package org.lede.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lede.ner.BioLabels;
import org.lede.ner.ConllCorpus;

/**
 * One CoNLL-2003 document as plain text, so that a system which reads raw text (CoreNLP) is scored on the
 * very tokens Lede is scored on: each sentence on its own line, a blank line between sentences, tokens
 * joined by one space. It remembers where each token sits, so the other system's stand-off entity mentions
 * come back as one tag per CoNLL token, which {@link ConllEval} then scores exactly as it scores Lede's.
 */
public final class ConllPlainText {
    private static final String OUTSIDE = "O";

    private final String text;
    /** Token sizes per sentence, to cut the flat token list below back into sentences. */
    private final int[] sentenceLengths;
    /** Character offsets of every token of the document in text order, end exclusive. */
    private final int[] tokenStarts;
    private final int[] tokenEnds;

    private ConllPlainText(String text, int[] sentenceLengths, int[] tokenStarts, int[] tokenEnds) {
        this.text = text;
        this.sentenceLengths = sentenceLengths;
        this.tokenStarts = tokenStarts;
        this.tokenEnds = tokenEnds;
    }

    public static ConllPlainText of(ConllCorpus.Document document) {
        List<ConllCorpus.Sentence> sentences = document.sentences();
        int[] sentenceLengths = sentences.stream().mapToInt(s -> s.words().size()).toArray();
        int tokens = Arrays.stream(sentenceLengths).sum();
        int[] starts = new int[tokens];
        int[] ends = new int[tokens];
        StringBuilder text = new StringBuilder();
        int token = 0;
        for (ConllCorpus.Sentence sentence : sentences) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            for (int t = 0; t < sentence.words().size(); t++) {
                if (t > 0) {
                    text.append(' ');
                }
                starts[token] = text.length();
                text.append(sentence.words().get(t));
                ends[token++] = text.length();
            }
            text.append('\n');
        }
        return new ConllPlainText(text.toString(), sentenceLengths, starts, ends);
    }

    /** The file name (without extension) of the {@code index}-th document (from 0), e.g. doc-0001. */
    public static String documentName(int index) {
        return String.format(Locale.ROOT, "doc-%04d", index + 1);
    }

    public String text() {
        return text;
    }

    /**
     * One IOB1 tag per token, sentence by sentence (CoNLL-2003's own scheme, so token accuracy compares
     * with the gold file's), for mentions labelled with CoNLL types. A token belongs to a mention when the
     * mention covers any of its characters, so a mention cut inside a token (the other system's tokenizer
     * split it) still tags the whole token; where two mentions claim a token, the one starting first keeps it.
     */
    public List<List<String>> tags(List<LabelledSpan> mentions) {
        String[] bio = new String[tokenStarts.length];
        Arrays.fill(bio, OUTSIDE);
        for (LabelledSpan mention : mentions.stream().sorted(Comparator.comparingInt(LabelledSpan::start)).toList()) {
            boolean first = true;
            for (int t = firstTokenEndingAfter(mention.start()); t < bio.length && tokenStarts[t] < mention.end(); t++) {
                if (bio[t].equals(OUTSIDE)) {
                    bio[t] = (first ? "B-" : "I-") + mention.label();
                    first = false;
                }
            }
        }
        List<List<String>> tags = new ArrayList<>(sentenceLengths.length);
        int from = 0;
        for (int length : sentenceLengths) {
            // fromTags also turns an I that opens a sentence (a mention across a sentence break) into a B.
            List<String> sentence = Arrays.asList(bio).subList(from, from + length);
            tags.add(BioLabels.toIob1Tags(BioLabels.fromTags(sentence)));
            from += length;
        }
        return tags;
    }

    private int firstTokenEndingAfter(int offset) {
        int found = Arrays.binarySearch(tokenEnds, offset + 1);
        return found >= 0 ? found : -found - 1;
    }
}
