package org.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.EntityType;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Token;
import org.lede.text.TextAnalyzer;

/**
 * A test article run through the text stage, with NAME mentions marked by hand as name recognition would.
 * Public for the tests of the stages after entity resolution, which start from the same kind of input.
 */
public final class NamedArticle {
    private static final TextAnalyzer TEXT = new TextAnalyzer();

    private final Analysis analysis;
    private final List<Mention> names = new ArrayList<>();

    private NamedArticle(String text) {
        analysis = TEXT.process(Analysis.of(Article.of(text)));
    }

    public static NamedArticle of(String text) {
        return new NamedArticle(text);
    }

    /** Marks every occurrence of {@code surface} at token boundaries not inside an earlier mark. */
    public NamedArticle all(String surface, EntityType type) {
        List<Mention> found = occurrences(surface, type);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no free occurrence of " + surface);
        }
        names.addAll(found);
        return this;
    }

    /** Marks the {@code n}th (from 0) free occurrence of {@code surface} only. */
    public NamedArticle nth(String surface, int n, EntityType type) {
        names.add(occurrences(surface, type).get(n));
        return this;
    }

    public Analysis analysis() {
        List<Mention> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(Mention::start));
        return analysis.withMentions(sorted);
    }

    private List<Mention> occurrences(String surface, EntityType type) {
        String text = analysis.article().text();
        List<Token> tokens = analysis.tokens();
        List<Mention> found = new ArrayList<>();
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            int first = -1;
            int end = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() == at) {
                    first = i;
                }
                if (tokens.get(i).end() == at + surface.length()) {
                    end = i + 1;
                }
            }
            int start = at;
            boolean free = names.stream().noneMatch(m -> m.start() < start + surface.length() && start < m.end());
            if (first >= 0 && end > first && free) {
                found.add(new Mention(at, at + surface.length(), surface, type, MentionKind.NAME, first, end));
            }
        }
        return found;
    }
}
