package org.lede.entities;

import java.util.List;
import org.lede.model.Mention;
import org.lede.model.MentionKind;

/**
 * Links descriptions and pronouns to the entity they refer to, in text order so that each can build on
 * the links before it ("He said … He added"), where the text allows only one reading; otherwise leaves
 * them unlinked. A wrong link shows a journalist a wrong speaker, so every rule gives up on a tie rather
 * than guess. A linked "he" or "she" teaches its entity a gender.
 */
final class ReferenceLinker {
    private final Lexicon lexicon;
    private final Appositions appositions;
    private final DescriptionResolver descriptions = new DescriptionResolver();
    private final PronounResolver pronouns;

    ReferenceLinker(Lexicon lexicon, Appositions appositions) {
        this.lexicon = lexicon;
        this.appositions = appositions;
        this.pronouns = new PronounResolver(lexicon);
    }

    /** Links what it can, adding each linked description and pronoun to its cluster's references. */
    void link(TokenView view, List<NameForm> forms, NameGrouper.Grouping grouping, Roles roles,
              List<Description> found, List<Pronoun> pronounsFound) {
        Discourse discourse = new Discourse(view, forms, grouping, roles, lexicon, appositions);
        int d = 0;
        int p = 0;
        while (d < found.size() || p < pronounsFound.size()) {
            boolean description = p == pronounsFound.size()
                    || d < found.size() && found.get(d).first() < pronounsFound.get(p).token();
            if (description) {
                Description next = found.get(d++);
                Cluster cluster = descriptions.resolve(next, discourse);
                if (cluster != null) {
                    discourse.describe(next, cluster);
                } else if (descriptions.describesNoKnownEntity(next, discourse)) {
                    discourse.describeUntracked(next);
                }
                record(discourse, next.first(), next.end(), MentionKind.DESCRIPTION, cluster);
            } else {
                Pronoun next = pronounsFound.get(p++);
                Cluster cluster = pronouns.resolve(next, discourse);
                record(discourse, next.token(), next.token() + 1, MentionKind.PRONOUN, cluster);
                if (cluster != null) {
                    cluster.learnGender(next.pronounClass().gender());
                }
            }
        }
    }

    private static void record(Discourse discourse, int first, int end, MentionKind kind, Cluster cluster) {
        if (cluster == null) {
            return;
        }
        TokenView view = discourse.view();
        cluster.addReference(new Mention(view.token(first).start(), view.token(end - 1).end(),
                view.text(first, end), cluster.type(), kind, first, end));
        discourse.place(first, end, cluster);
    }
}
