package org.lede.entities;

import java.util.List;

/** Short word sequences matched against the lower-cased tokens that follow a position. */
final class PhraseList {
    private final List<String[]> phrases;

    PhraseList(List<String[]> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** True when one of the phrases starts at token {@code at}. */
    boolean startsAt(TokenView view, int at) {
        for (String[] phrase : phrases) {
            if (at + phrase.length > view.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < phrase.length && all; k++) {
                all = view.lower(at + k).equals(phrase[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
