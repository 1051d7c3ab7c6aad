package org.lede.store;

import java.util.List;

/**
 * What the corpus says about one entity, gathered over every article that names it. Articles resolve
 * entities one by one, so "one entity" here means every article entity going by the asked name.
 *
 * @param name      the canonical name most articles give it
 * @param type      the type most articles give it (PERSON, ORG…)
 * @param articles  how many articles mention it
 * @param aliases   the other names it goes by, most frequent first
 * @param labels    how each outlet describes it, by month: the roles and labels the articles attach to it,
 *                  each label with its polarity
 * @param quotedBy  who carries its words: the outlets and relays in the chains of the claims it makes
 * @param quoting   whom it quotes: the sources it cites and the speakers whose words it relays
 * @param claims    how many claims it makes
 */
public record EntityProfile(String name, String type, long articles, List<Count> aliases, List<Label> labels,
                            List<Count> quotedBy, List<Count> quoting, long claims) {

    public EntityProfile {
        aliases = List.copyOf(aliases);
        labels = List.copyOf(labels);
        quotedBy = List.copyOf(quotedBy);
        quoting = List.copyOf(quoting);
    }

    /** A name and how often it occurs. */
    public record Count(String name, long count) {
    }

    /**
     * One way an outlet described the entity in one month.
     *
     * @param month    "2023-06", or null for articles without a date
     * @param kind     "role" for titles and appositions (entities[].roles), "label" for the words the framing
     *                 layer found attached to it (entities[].labels)
     * @param polarity for a label, what its words do to the entity's standing: "delegitimising",
     *                 "legitimising" or "neutral"; null for a role
     */
    public record Label(String outlet, String month, String label, String kind, String polarity, long count) {
    }
}
