package org.lede.entities;

import java.util.ArrayList;
import java.util.List;
import org.lede.model.EntityType;
import org.lede.model.Mention;

/** Reads the name mentions of an article as {@link NameForm}s. */
final class NameReader {
    private final Lexicon lexicon;

    NameReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<NameForm> read(TokenView view) {
        List<Mention> names = view.names();
        List<NameForm> forms = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            forms.add(read(view, names.get(i), i));
        }
        return forms;
    }

    private NameForm read(TokenView view, Mention mention, int index) {
        int first = mention.firstToken();
        int end = mention.endToken();
        if (end - first > 1 && view.is(end - 1, "'s")) {
            end--; // "Gigante's" names Gigante
        }
        Gender gender = genderOf(view, first - 1);
        while (first < end - 1) {
            String word = view.lower(first);
            boolean strip = word.equals("the")
                    || mention.type() == EntityType.PERSON && lexicon.isTitleChainWord(word);
            if (!strip) {
                break;
            }
            gender = gender.and(genderOf(view, first));
            first++;
        }
        boolean acronym = end - first == 1 && isAcronymShaped(view.form(first));
        List<String> words = new ArrayList<>(end - first);
        for (int i = first; i < end; i++) {
            words.add(acronym ? acronymLetters(view.form(i)).toLowerCase(java.util.Locale.ROOT) : view.lower(i));
        }
        return new NameForm(mention, index, first, end, List.copyOf(words), String.join(" ", words),
                view.text(first, end), acronym, gender);
    }

    private Gender genderOf(TokenView view, int i) {
        if (i < 0) {
            return Gender.UNKNOWN;
        }
        Gender honorific = lexicon.honorifics.get(view.lower(i));
        if (honorific != null) {
            return honorific;
        }
        return lexicon.titles.getOrDefault(view.lower(i), Gender.UNKNOWN);
    }

    /** Two to eight capitals and digits, with optional periods: "PMOI", "MEK", "U.N.", "G7". */
    static boolean isAcronymShaped(String form) {
        String letters = acronymLetters(form);
        if (letters.length() < 2 || letters.length() > 8) {
            return false;
        }
        int capitals = 0;
        for (int k = 0; k < letters.length(); k++) {
            char c = letters.charAt(k);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isDigit(c) && c != '&') {
                return false;
            }
        }
        return capitals >= 2;
    }

    static String acronymLetters(String form) {
        return form.replace(".", "");
    }
}
