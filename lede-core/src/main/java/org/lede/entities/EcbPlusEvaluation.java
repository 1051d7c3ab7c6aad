package org.lede.entities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.lede.eval.Counts;
import org.lede.eval.EvalReport;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Entity;
import org.lede.model.EntityType;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Token;
import org.lede.text.TextAnalyzer;

/**
 * Scores {@link EntityResolver} against the coreference of ECB+ news documents. The gold mentions that
 * are proper names go in as NAME mentions, as name recognition would give them, so the figures measure
 * resolution alone:
 * <ul>
 *   <li>pronoun and description links: a link is right when the gold chain of the pronoun or description
 *       is the chain of most of the entity's names; links on words ECB+ did not annotate are not scored
 *       (ECB+ annotates only the participants of its events) and are counted apart; a gold pronoun or
 *       description is missed when its chain has a name before it and Lede did not link it right;</li>
 *   <li>name pairs: two names in one entity against two names in one gold chain.</li>
 * </ul>
 * A gold mention in no coreference relation has no known chain (ECB+ leaves many such) and is not scored.
 */
public final class EcbPlusEvaluation {
    private static final Map<String, EntityType> NAME_TYPES = Map.of(
            "HUMAN_PART_PER", EntityType.PERSON, "HUMAN_PART_ORG", EntityType.ORG,
            "HUMAN_PART_GPE", EntityType.GPE, "LOC_GEO", EntityType.GPE, "LOC_FAC", EntityType.FAC,
            "LOC_OTHER", EntityType.LOC);
    private static final Set<String> NOT_NAME_STARTS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "he", "she", "it", "they", "his", "her", "its", "their", "we", "i", "you", "our", "my");
    private static final Set<String> NAME_INNER_WORDS = Set.of("of", "the", "for", "and", "de", "al", "'s", "-",
            "&", "on", "in");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "it", "its", "they",
            "them", "their");
    private static final Set<String> DESCRIPTION_STARTS = Set.of("the", "this", "that");

    private final TextAnalyzer text = new TextAnalyzer();
    private final EntityResolver resolver = new EntityResolver();
    private final EcbPlusReader reader = new EcbPlusReader();

    /** Scores every {@code *.xml} document under {@code root} (the ECB+ folder of topic folders). */
    public EvalReport evaluate(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(root + ": no ECB+ .xml documents");
        }
        Tally total = new Tally();
        for (Path file : files) {
            score(reader.read(file), total);
        }
        Map<String, Counts> byType = new LinkedHashMap<>();
        byType.put("pronoun links", total.pronouns);
        byType.put("description links", total.descriptions);
        byType.put("name pairs", total.namePairs);
        Map<String, Number> extra = new LinkedHashMap<>();
        extra.put("documents", files.size());
        extra.put("names given", total.names);
        extra.put("unscored links", total.unscored);
        return new EvalReport("entities ecb+ coreference (gold names in)", total.pronouns.plus(total.descriptions),
                byType, extra);
    }

    /** Running counts over documents. */
    private static final class Tally {
        Counts pronouns = Counts.ZERO;
        Counts descriptions = Counts.ZERO;
        Counts namePairs = Counts.ZERO;
        int names;
        int unscored;
    }

    private void score(EcbPlusReader.GoldDocument gold, Tally tally) {
        Analysis analysis = text.process(Analysis.of(Article.of(gold.text())));
        Map<Integer, Integer> tokenAt = new HashMap<>();
        Map<Integer, Integer> tokenEndingAt = new HashMap<>();
        for (int i = 0; i < analysis.tokens().size(); i++) {
            Token token = analysis.tokens().get(i);
            tokenAt.put(token.start(), i);
            tokenEndingAt.put(token.end(), i + 1);
        }
        List<Mention> names = new ArrayList<>();
        Map<Mention, String> chainOfName = new HashMap<>();
        List<EcbPlusReader.GoldMention> byStart = new ArrayList<>(gold.mentions());
        byStart.sort(Comparator.comparingInt(EcbPlusReader.GoldMention::start)
                .thenComparingInt(m -> -m.end()));
        int covered = 0;
        for (EcbPlusReader.GoldMention g : byStart) {
            EntityType type = NAME_TYPES.get(g.tag());
            Integer first = tokenAt.get(g.start());
            Integer end = tokenEndingAt.get(g.end());
            String surface = gold.text().substring(g.start(), g.end());
            if (type != null && first != null && end != null && g.start() >= covered
                    && isProperName(surface, gold.text())) {
                Mention name = new Mention(g.start(), g.end(), surface, type, MentionKind.NAME, first, end);
                names.add(name);
                if (g.chain() != null) {
                    chainOfName.put(name, g.chain());
                }
                covered = g.end();
            }
        }
        tally.names += names.size();
        Analysis resolved = resolver.process(analysis.withMentions(names));
        Map<Mention, String> chainOfEntityMention = new HashMap<>();
        Map<String, Integer> firstNameOfChain = new HashMap<>();
        for (Mention name : names) {
            if (chainOfName.get(name) != null) {
                firstNameOfChain.merge(chainOfName.get(name), name.start(), Math::min);
            }
        }
        for (Entity entity : resolved.entities()) {
            String chain = majorityChain(entity, chainOfName);
            for (Mention m : entity.mentions()) {
                chainOfEntityMention.put(m, chain);
            }
        }
        Map<String, Boolean> linkedRight = new HashMap<>();
        for (Mention m : resolved.mentions()) {
            if (m.kind() == MentionKind.NAME) {
                continue;
            }
            EcbPlusReader.GoldMention g = m.kind() == MentionKind.PRONOUN ? exact(gold, m) : covering(gold, m);
            if (g == null || g.chain() == null) {
                tally.unscored++;
                continue;
            }
            boolean right = g.chain().equals(chainOfEntityMention.get(m));
            linkedRight.put(g.start() + ":" + g.end(), right);
            Counts counts = new Counts(right ? 1 : 0, right ? 0 : 1, 0);
            if (m.kind() == MentionKind.PRONOUN) {
                tally.pronouns = tally.pronouns.plus(counts);
            } else {
                tally.descriptions = tally.descriptions.plus(counts);
            }
        }
        for (EcbPlusReader.GoldMention g : gold.mentions()) {
            Integer firstName = g.chain() == null ? null : firstNameOfChain.get(g.chain());
            if (firstName == null || firstName >= g.start()
                    || Boolean.TRUE.equals(linkedRight.get(g.start() + ":" + g.end()))) {
                continue;
            }
            String surface = gold.text().substring(g.start(), g.end());
            String firstWord = surface.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
            if (PRONOUNS.contains(surface.toLowerCase(java.util.Locale.ROOT))) {
                tally.pronouns = tally.pronouns.plus(new Counts(0, 0, 1));
            } else if (DESCRIPTION_STARTS.contains(firstWord) && surface.contains(" ")) {
                tally.descriptions = tally.descriptions.plus(new Counts(0, 0, 1));
            }
        }
        tally.namePairs = tally.namePairs.plus(namePairs(names, chainOfName, resolved));
    }

    private static Counts namePairs(List<Mention> names, Map<Mention, String> chainOfName, Analysis resolved) {
        Map<Mention, String> entityOf = new HashMap<>();
        for (Entity entity : resolved.entities()) {
            for (Mention m : entity.mentions()) {
                entityOf.put(m, entity.id());
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Mention> chained = names.stream().filter(chainOfName::containsKey).toList();
        for (int i = 0; i < chained.size(); i++) {
            for (int j = i + 1; j < chained.size(); j++) {
                boolean gold = chainOfName.get(chained.get(i)).equals(chainOfName.get(chained.get(j)));
                boolean system = entityOf.get(chained.get(i)).equals(entityOf.get(chained.get(j)));
                tp += gold && system ? 1 : 0;
                fp += !gold && system ? 1 : 0;
                fn += gold && !system ? 1 : 0;
            }
        }
        return new Counts(tp, fp, fn);
    }

    private static String majorityChain(Entity entity, Map<Mention, String> chainOfName) {
        Map<String, Integer> votes = new HashMap<>();
        for (Mention m : entity.mentions()) {
            String chain = chainOfName.get(m);
            if (chain != null) {
                votes.merge(chain, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static EcbPlusReader.GoldMention exact(EcbPlusReader.GoldDocument gold, Mention m) {
        for (EcbPlusReader.GoldMention g : gold.mentions()) {
            if (g.start() == m.start() && g.end() == m.end()) {
                return g;
            }
        }
        return null;
    }

    /** The smallest gold mention that covers the description's head, its last word. */
    private static EcbPlusReader.GoldMention covering(EcbPlusReader.GoldDocument gold, Mention m) {
        int headStart = m.text().lastIndexOf(' ') + 1 + m.start();
        EcbPlusReader.GoldMention best = null;
        for (EcbPlusReader.GoldMention g : gold.mentions()) {
            if (g.start() <= headStart && m.end() <= g.end() && (best == null || g.end() - g.start() < best.end() - best.start())) {
                best = g;
            }
        }
        return best;
    }

    /**
     * A capitalised phrase that is no determiner or pronoun phrase: "Arcade Joseph Comeaux", "Bank of
     * Scotland". ECB+ also tags capitalised common nouns ("Authorities", "Witnesses" at a sentence start),
     * which name recognition would not give: a single word the text also writes in lower case is left out.
     * {@link ElevantEvaluation} reads its gold names the same way.
     */
    static boolean isProperName(String surface, String text) {
        String[] words = surface.split(" ");
        String lower = words[0].toLowerCase(java.util.Locale.ROOT);
        if (NOT_NAME_STARTS.contains(lower) || !Character.isLetter(words[0].charAt(0))) {
            return false;
        }
        if (words.length == 1 && text.contains(" " + lower + " ")) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            char c = words[k].charAt(0);
            boolean inner = k > 0 && NAME_INNER_WORDS.contains(words[k].toLowerCase(java.util.Locale.ROOT));
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && !inner) {
                return false;
            }
        }
        return true;
    }
}
