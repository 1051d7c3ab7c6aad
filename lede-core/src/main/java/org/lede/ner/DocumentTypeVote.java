package org.lede.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sense per discourse for people's names: when the same words are tagged a person's name in one place
 * of a document and something else in another, every mention of them gets the type the tagger was surest
 * of over all of them (its confidence in each mention, summed per type), and on a tie the type that
 * appeared first. The tagger decides each sentence on its own (its second pass sees the other mentions
 * only as features), so "Maserati" can come out PER five times and LOC once in one story, which makes two
 * entities of one company. A name after a courtesy title ("Ms Essex") is a person's whatever the tagger said,
 * and so is the surname alone of someone the document names in full ("Essex" after "Sue Essex").
 * Names that are never tagged a person keep the type of each place: a place that stands for a team or a
 * government ("Leeds" won, "Italy" said) is LOC in one sentence and ORG in the next, and CoNLL marks it so
 * (voting those too lowered CoNLL-2003 dev F1 from 0.932 to 0.926, LOC 0.958 to 0.947).
 * A name the document describes as a company somewhere ("Rosneft, a Russian oil firm", "oil group Rosneft",
 * "carmaker General Motors") is an organisation's wherever the tagger took it for a person's: the tagger,
 * trained on 1996 Reuters copy, reads an unknown single capitalised word before "said" as a surname, and
 * business copy names firms that way all the time.
 * Only the type changes, never where a name starts or ends; different words keep their own types, so
 * "Albanian" (MISC) and "Albania" (LOC) are not made one.
 */
final class DocumentTypeVote {
    private static final int PERSON = BioLabels.TYPES.indexOf("PER");
    /**
     * Courtesy titles English gives only to people: a name that starts with one is a person's, whatever the
     * tagger made of it (it took "Mr. Obama" for a place 22 times in one New York Times story).
     */
    private static final Set<String> COURTESY_TITLES = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "MR", "MRS", "MS");
    private static final int ORGANISATION = BioLabels.TYPES.indexOf("ORG");
    /**
     * Nouns that name only organisations, none a person's trade ("maker", "producer" and "developer" can be
     * people), as the head of a description next to a name.
     */
    static final Set<String> COMPANY_NOUNS = Set.of("firm", "company", "group", "carmaker", "automaker",
            "retailer", "insurer", "bank", "lender", "airline", "conglomerate", "supermarket", "chain",
            "broadcaster", "brewer", "utility", "corporation", "giant", "telecoms", "operator", "society",
            "brand", "brands", "marque", "division", "subsidiary", "label");
    /** Words that end the description after a name ("Allianz, a German insurer, said", "a firm that"). */
    private static final Set<String> DESCRIPTION_ENDS = Set.of(",", ".", ";", ":", ")", "of", "that", "which",
            "and", "in", "to", "with", "for", "from", "on", "at", "said", "says", "has", "had", "is", "was");
    /** A description after a name's comma opens with one of these ("Allianz, a German insurer"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Longest description after a name that is read for its head word. */
    private static final int DESCRIPTION_WORDS = 6;

    private DocumentTypeVote() {
    }

    /** The labels with each name tagged a person somewhere retyped to its words' vote; the arrays given are not changed. */
    static List<int[]> unify(List<? extends List<String>> document, List<int[]> labels, List<float[]> scores) {
        List<Tagged> mentions = new ArrayList<>();
        Map<List<String>, double[]> votes = new HashMap<>();
        Map<List<String>, List<Integer>> typesInOrder = new HashMap<>();
        for (int s = 0; s < labels.size(); s++) {
            for (BioLabels.LabeledSpan span : BioLabels.spans(labels.get(s))) {
                List<String> words = document.get(s).subList(span.start(), span.end());
                int tagged = BioLabels.TYPES.indexOf(span.type());
                int type = COURTESY_TITLES.contains(words.get(0)) ? PERSON : tagged;
                Tagged mention = new Tagged(s, span, words, type,
                        confidence(scores.get(s), labels.get(s), span, tagged));
                mentions.add(mention);
                votes.computeIfAbsent(words, w -> new double[BioLabels.TYPES.size()])[type] += mention.confidence();
                List<Integer> order = typesInOrder.computeIfAbsent(words, w -> new ArrayList<>());
                if (!order.contains(type)) {
                    order.add(type);
                }
            }
        }
        Set<List<String>> companies = new HashSet<>();
        for (Tagged mention : mentions) {
            if (isDescribedAsCompany(document.get(mention.sentence()), mention.span())) {
                companies.add(mention.words());
            }
        }
        // A person's surname alone ("Essex") is that person, as a full name that ends with it ("Sue Essex") tells;
        // it errs where a place shares the surname in one story ("the Bedford star" beside "David Bedford").
        Set<List<String>> surnames = new HashSet<>();
        for (Tagged mention : mentions) {
            for (int k = 1; mention.type() == PERSON && k < mention.words().size(); k++) {
                surnames.add(mention.words().subList(k, mention.words().size()));
            }
        }
        List<int[]> unified = new ArrayList<>(labels.size());
        for (int[] sentence : labels) {
            unified.add(sentence.clone());
        }
        for (Tagged mention : mentions) {
            List<Integer> types = typesInOrder.get(mention.words());
            int type = companies.contains(mention.words()) && types.contains(PERSON)
                    && !COURTESY_TITLES.contains(mention.words().get(0)) ? ORGANISATION
                    : surnames.contains(mention.words()) ? PERSON
                    : types.size() > 1 && types.contains(PERSON) ? majority(votes.get(mention.words()), types)
                    : mention.type();
            int[] sentence = unified.get(mention.sentence());
            sentence[mention.span().start()] = 1 + 2 * type; // B of the type
            for (int i = mention.span().start() + 1; i < mention.span().end(); i++) {
                sentence[i] = 2 + 2 * type; // I of the type
            }
        }
        return unified;
    }

    /**
     * Whether the words around a name describe it as a company: a company noun right before it ("oil group
     * Rosneft"), right after it or after one lower-case word ("the Virgin group", "the Nationwide building
     * society"), or heading a description after a comma that opens with an article ("Wal-Mart, the largest
     * US retailer, said").
     */
    static boolean isDescribedAsCompany(List<String> words, BioLabels.LabeledSpan name) {
        if (name.start() > 0 && COMPANY_NOUNS.contains(words.get(name.start() - 1))) {
            return true;
        }
        int after = name.end();
        if (after < words.size() && COMPANY_NOUNS.contains(words.get(after))
                || after + 1 < words.size() && isLowerCaseWord(words.get(after))
                && COMPANY_NOUNS.contains(words.get(after + 1))) {
            return true;
        }
        if (after + 1 >= words.size() || !words.get(after).equals(",")
                || !ARTICLES.contains(words.get(after + 1))) {
            return false;
        }
        for (int i = after + 2; i < words.size() && i <= after + 1 + DESCRIPTION_WORDS; i++) {
            if (DESCRIPTION_ENDS.contains(words.get(i))) {
                return i > after + 2 && COMPANY_NOUNS.contains(words.get(i - 1));
            }
        }
        return false;
    }

    private static boolean isLowerCaseWord(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    /** One name the tagger found, with the type it votes for and how sure the tagger was of its own type. */
    private record Tagged(int sentence, BioLabels.LabeledSpan span, List<String> words, int type, double confidence) {
    }

    /**
     * How sure the tagger was of one mention's type: over its tokens, the mean lead of the label it chose
     * over the same label (B or I) of the next best type, from the scores of the tokens alone (the label
     * transitions left out). Never below zero, so an unsure mention adds nothing rather than subtracts.
     */
    private static double confidence(float[] scores, int[] labels, BioLabels.LabeledSpan span, int type) {
        int labelCount = BioLabels.count();
        double sum = 0;
        for (int i = span.start(); i < span.end(); i++) {
            int chosen = labels[i];
            int position = BioLabels.isBegin(chosen) ? 1 : 2;
            float best = Float.NEGATIVE_INFINITY;
            for (int other = 0; other < BioLabels.TYPES.size(); other++) {
                if (other != type) {
                    best = Math.max(best, scores[i * labelCount + position + 2 * other]);
                }
            }
            sum += scores[i * labelCount + chosen] - best;
        }
        return Math.max(0, sum / (span.end() - span.start()));
    }

    /** The type with the most confidence summed over its mentions; of equals, the one that appeared first. */
    private static int majority(double[] votes, List<Integer> typesInOrder) {
        int best = typesInOrder.get(0);
        for (int type : typesInOrder) {
            if (votes[type] > votes[best]) {
                best = type;
            }
        }
        return best;
    }
}
