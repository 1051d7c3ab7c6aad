package org.lede.entities;

import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.Excerpt;
import org.lede.model.Mention;
import org.lede.model.Sentence;
import org.lede.model.Token;

/**
 * One article's tokens as entity resolution reads them: lower-cased forms, the sentence of each token and
 * the name mention covering it. Built per article, never shared between threads.
 */
final class TokenView {
    private final Analysis analysis;
    private final List<Token> tokens;
    private final String[] lower;
    private final int[] sentenceOf;
    private final int[] nameAt;
    private final List<Mention> names;

    TokenView(Analysis analysis, List<Mention> names) {
        this.analysis = analysis;
        this.tokens = analysis.tokens();
        this.names = names;
        lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).lower();
        }
        sentenceOf = new int[tokens.size()];
        List<Sentence> sentences = analysis.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = sentences.get(s).firstToken(); i < sentences.get(s).endToken(); i++) {
                sentenceOf[i] = s;
            }
        }
        nameAt = new int[tokens.size()];
        java.util.Arrays.fill(nameAt, -1);
        for (int m = 0; m < names.size(); m++) {
            for (int i = names.get(m).firstToken(); i < names.get(m).endToken(); i++) {
                nameAt[i] = m;
            }
        }
    }

    /**
     * Whether token {@code i} is part of the dateline opening the article ("DURRES (Adriatic Press) -"),
     * where a place and the outlet stand side by side without naming each other.
     */
    boolean inDateline(int i) {
        String dateline = analysis.article().dateline();
        return dateline != null && analysis.article().text().startsWith(dateline)
                && tokens.get(i).end() <= dateline.length();
    }

    int size() {
        return tokens.size();
    }

    String form(int i) {
        return tokens.get(i).form();
    }

    String lower(int i) {
        return lower[i];
    }

    /** True when token {@code i} exists and its lower-cased form is {@code word}. */
    boolean is(int i, String word) {
        return i >= 0 && i < lower.length && lower[i].equals(word);
    }

    /** A token that starts with a letter or digit. */
    boolean isWord(int i) {
        return Character.isLetterOrDigit(form(i).charAt(0));
    }

    boolean isCapitalized(int i) {
        return Character.isUpperCase(form(i).charAt(0));
    }

    int sentence(int i) {
        return sentenceOf[i];
    }

    Sentence sentenceAt(int index) {
        return analysis.sentences().get(index);
    }

    int sentenceCount() {
        return analysis.sentences().size();
    }

    /** The index in {@link #names()} of the name mention covering token {@code i}, or -1. */
    int nameAt(int i) {
        return i >= 0 && i < nameAt.length ? nameAt[i] : -1;
    }

    List<Mention> names() {
        return names;
    }

    /** The original text of tokens {@code first} (inclusive) to {@code end} (exclusive). */
    String text(int first, int end) {
        return analysis.article().text().substring(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    Excerpt excerpt(int first, int end) {
        return Excerpt.of(analysis.article().text(), tokens.get(first).start(), tokens.get(end - 1).end());
    }

    Token token(int i) {
        return tokens.get(i);
    }
}
