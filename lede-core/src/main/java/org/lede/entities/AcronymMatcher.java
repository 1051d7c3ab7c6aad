package org.lede.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lede.model.EntityType;
import org.lede.model.Mention;
import org.lede.model.MentionKind;

/**
 * Links acronyms and other aliases to the names they stand for:
 * <ul>
 *   <li>an alias the text introduces: "the Organisation for X (OX)", "OX (the Organisation for X)",
 *       "the People's Mojahedin Organization of Iran, also known as the MEK"; the alias need not be made
 *       of the name's initials ("MEK" for the PMOI);</li>
 *   <li>an acronym made of a name's initials anywhere in the text ("PMOI"), skipping "of", "for", "the"
 *       and the like, when only one name fits.</li>
 * </ul>
 * An acronym the text introduces is a name even where name recognition missed it, here and later; and
 * a name it introduces covers every word its letters stand for, even where name recognition cut it short
 * ("People's Freedom Organisation of Iran (PFOI)" tagged from "Freedom" on).
 */
final class AcronymMatcher {
    private static final Set<String> ALIAS_ADVERBS = Set.of("also", "better", "widely", "commonly", "formerly");

    private final Lexicon lexicon;

    AcronymMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** An alias introduced next to the name at {@code expansion}: an acronym token or another name. */
    private record Definition(int expansion, int aliasToken) {
    }

    /** Name mentions for the occurrences of introduced acronyms that name recognition missed. */
    List<Mention> untaggedAcronyms(TokenView view, List<NameForm> forms) {
        Map<String, EntityType> introduced = new HashMap<>();
        for (Definition definition : definitions(view, forms)) {
            String alias = view.form(definition.aliasToken());
            if (NameReader.isAcronymShaped(alias)) {
                introduced.putIfAbsent(alias, forms.get(definition.expansion()).type());
            }
        }
        List<Mention> added = new ArrayList<>();
        if (introduced.isEmpty()) {
            return added;
        }
        for (int i = 0; i < view.size(); i++) {
            EntityType type = introduced.get(view.form(i));
            if (type != null && view.nameAt(i) < 0) {
                added.add(new Mention(view.token(i).start(), view.token(i).end(), view.text(i, i + 1), type,
                        MentionKind.NAME, i, i + 1));
            }
        }
        return added;
    }

    /** How many words before a name an acronym's letters may reach back for. */
    private static final int MAX_WIDENING = 4;

    /**
     * The name mentions with each name an acronym in parentheses introduces widened back over the
     * capitalised words whose initials the acronym has and the name lacks ("People's" before "Freedom
     * Organisation of Iran (PFOI)"), replacing any mention there; null when no name needs it.
     */
    List<Mention> widenedToAcronyms(TokenView view, List<NameForm> forms) {
        List<Mention> widened = new ArrayList<>(view.names());
        boolean changed = false;
        for (NameForm form : forms) {
            int end = form.coreEnd();
            if (form.acronym() || form.type() == EntityType.PERSON || !view.is(end, "(") || !view.is(end + 2, ")")
                    || !NameReader.isAcronymShaped(view.form(end + 1))) {
                continue;
            }
            String letters = NameReader.acronymLetters(view.form(end + 1)).toLowerCase(Locale.ROOT);
            if (initials(form.words()).contains(letters)) {
                continue;
            }
            int first = form.mention().firstToken();
            List<String> words = new ArrayList<>(form.words());
            for (int k = first - 1; k >= 0 && first - k <= MAX_WIDENING && view.sentence(k) == view.sentence(first);
                 k--) {
                if (!view.isWord(k) && !view.is(k, "'s")) {
                    break;
                }
                words.add(0, view.lower(k));
                if (view.isCapitalized(k) && initials(words).contains(letters)) {
                    Mention name = form.mention();
                    Mention wide = new Mention(view.token(k).start(), name.end(),
                            view.text(k, name.endToken()), name.type(), MentionKind.NAME, k, name.endToken());
                    int from = k;
                    widened.removeIf(m -> m.firstToken() < name.endToken() && from < m.endToken());
                    widened.add(wide);
                    changed = true;
                    break;
                }
            }
        }
        if (!changed) {
            return null;
        }
        widened.sort(EntityBuilder.TEXT_ORDER);
        return widened;
    }

    /** Pairs of name indices that name the same entity. */
    List<int[]> links(TokenView view, List<NameForm> forms) {
        List<int[]> links = new ArrayList<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (NameForm form : forms) {
            byKey.computeIfAbsent(form.key(), k -> new ArrayList<>()).add(form.index());
        }
        Set<String> introducedKeys = new HashSet<>();
        for (Definition definition : definitions(view, forms)) {
            int alias = view.nameAt(definition.aliasToken());
            if (alias < 0) {
                continue;
            }
            links.add(new int[] {definition.expansion(), alias});
            String key = forms.get(alias).key();
            if (introducedKeys.add(key)) {
                // Later bare "PMOI"s, whatever type name recognition gave them, are the same alias.
                for (int same : byKey.get(key)) {
                    links.add(new int[] {alias, same});
                }
            }
        }
        Map<String, Set<String>> keysByInitials = new HashMap<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        for (NameForm form : forms) {
            if (form.acronym() || form.type() == EntityType.PERSON) {
                continue;
            }
            for (String initials : initials(form.words())) {
                keysByInitials.computeIfAbsent(initials, k -> new LinkedHashSet<>()).add(form.key());
            }
            firstByKey.putIfAbsent(form.key(), form.index());
        }
        for (NameForm form : forms) {
            if (!form.acronym() || introducedKeys.contains(form.key())) {
                continue;
            }
            Set<String> keys = keysByInitials.get(form.key());
            if (keys != null && keys.size() == 1) {
                NameForm expansion = forms.get(firstByKey.get(keys.iterator().next()));
                if (compatible(form.type(), expansion.type())) {
                    links.add(new int[] {expansion.index(), form.index()});
                }
            }
        }
        return links;
    }

    private List<Definition> definitions(TokenView view, List<NameForm> forms) {
        List<Definition> definitions = new ArrayList<>();
        for (NameForm form : forms) {
            if (form.type() == EntityType.PERSON) {
                continue;
            }
            int end = form.coreEnd();
            if (!form.acronym()) {
                // "the Organisation for X (OX)"
                if (view.is(end, "(") && view.is(end + 2, ")")) {
                    addIfAlias(view, forms, form, end + 1, false, definitions);
                }
                // "OX (the Organisation for X)"
                int open = view.is(form.coreFirst() - 1, "the") ? form.coreFirst() - 2 : form.coreFirst() - 1;
                if (view.is(open, "(") && view.is(end, ")")) {
                    addIfAlias(view, forms, form, open - 1, false, definitions);
                }
            }
            // "…, also known as the MEK" / "…, also called Mojahedin-e Khalq"
            int alias = knownAsTarget(view, end);
            if (alias >= 0) {
                addIfAlias(view, forms, form, alias, true, definitions);
            }
        }
        return definitions;
    }

    /** The token after "(,) (also) known as (the)" or "(,) also called (the)" at {@code i}, or -1. */
    private static int knownAsTarget(TokenView view, int i) {
        int k = view.is(i, ",") ? i + 1 : i;
        boolean adverb = k < view.size() && ALIAS_ADVERBS.contains(view.lower(k));
        if (adverb) {
            k++;
        }
        if (view.is(k, "known") && view.is(k + 1, "as")) {
            k += 2;
        } else if (adverb && view.is(k, "called")) {
            k++;
        } else {
            return -1;
        }
        if (view.is(k, "the")) {
            k++;
        }
        return k < view.size() ? k : -1;
    }

    /**
     * Records an alias at token {@code at} for the name {@code form} when it is an acronym, or with
     * {@code namesToo} the start of another name of the same type. An acronym made of the name's initials
     * may be of any type; one that is not (the "MEK" kind) must stand for an organisation.
     */
    private void addIfAlias(TokenView view, List<NameForm> forms, NameForm form, int at, boolean namesToo,
                            List<Definition> definitions) {
        if (at < 0 || at >= view.size() || view.inDateline(at)) {
            return;
        }
        int name = view.nameAt(at);
        NameForm alias = name >= 0 ? forms.get(name) : null;
        if (alias != null && alias.coreFirst() != at && alias.mention().firstToken() != at) {
            return;
        }
        if (NameReader.isAcronymShaped(view.form(at)) && (alias == null || alias.acronym())) {
            String letters = NameReader.acronymLetters(view.form(at)).toLowerCase(Locale.ROOT);
            boolean initials = initials(form.words()).contains(letters);
            EntityType aliasType = alias == null ? form.type() : alias.type();
            if (initials || form.type() == EntityType.ORG && compatible(aliasType, form.type())) {
                definitions.add(new Definition(form.index(), at));
            }
        } else if (namesToo && alias != null && alias.type() == form.type()) {
            definitions.add(new Definition(form.index(), at));
        }
    }

    /**
     * Whether an acronym of one type may stand for a name of the other: the same type, or an untyped one, or an
     * organisation's acronym the tagger took for a place it does not know ("IRGC" tagged LOC: a place the
     * gazetteer knew, "UAE", would be GPE).
     */
    private static boolean compatible(EntityType acronym, EntityType name) {
        return acronym == name || acronym == EntityType.MISC || name == EntityType.MISC
                || acronym == EntityType.LOC && name == EntityType.ORG;
    }

    /**
     * The initials of a name, lower case, without stopwords: by word ("people's mojahedin organization of
     * iran" gives "pmoi") and by hyphenated part ("mujahedin-e khalq" gives "mek").
     */
    private Set<String> initials(List<String> words) {
        StringBuilder byWord = new StringBuilder();
        StringBuilder byPart = new StringBuilder();
        for (String word : words) {
            if (lexicon.acronymStopwords.contains(word) || !Character.isLetterOrDigit(word.charAt(0))) {
                continue;
            }
            byWord.append(word.charAt(0));
            for (String part : word.split("-")) {
                if (!part.isEmpty() && !lexicon.acronymStopwords.contains(part)) {
                    byPart.append(part.charAt(0));
                }
            }
        }
        Set<String> all = new HashSet<>(2);
        if (byWord.length() >= 2) {
            all.add(byWord.toString());
        }
        if (byPart.length() >= 2) {
            all.add(byPart.toString());
        }
        return all;
    }
}
