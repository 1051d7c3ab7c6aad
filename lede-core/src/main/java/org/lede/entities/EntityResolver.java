package org.lede.entities;

import java.util.ArrayList;
import java.util.List;
import org.lede.model.Analysis;
import org.lede.model.Entity;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.pipeline.Stage;

/**
 * Groups the name mentions of an article into entities and links descriptions ("the terror group",
 * "the ministry's spokesman") and pronouns to them.
 *
 * <p>Reads the NAME mentions of the recognizer; sets {@link Analysis#mentions()} to those names, the
 * names of acronyms the text introduces that the recognizer missed, and the descriptions and pronouns it
 * could link, in text order; and sets {@link Analysis#entities()}. Descriptions and pronouns it cannot
 * link with confidence are left out of both: every mention Lede reports belongs to an entity, and an
 * entity is always named.
 *
 * <p>Rule-based, linear in the article apart from work per distinct name; thread-safe: the word lists
 * are loaded once and every article is resolved in local state.
 */
public final class EntityResolver implements Stage {
    private final NameReader names;
    private final AcronymMatcher acronyms;
    private final RoleFinder roles;
    private final NameGrouper grouper;
    private final DescriptionFinder descriptions;
    private final PronounFinder pronouns;
    private final ReferenceLinker linker;
    private final EntityBuilder builder = new EntityBuilder();

    public EntityResolver() {
        Lexicon lexicon = Lexicon.load();
        Appositions appositions = new Appositions(lexicon);
        names = new NameReader(lexicon);
        acronyms = new AcronymMatcher(lexicon);
        roles = new RoleFinder(lexicon, appositions);
        grouper = new NameGrouper(lexicon);
        descriptions = new DescriptionFinder(lexicon);
        pronouns = new PronounFinder(lexicon);
        linker = new ReferenceLinker(lexicon, appositions);
    }

    @Override
    public Analysis process(Analysis analysis) {
        List<Mention> nameMentions = new ArrayList<>();
        for (Mention mention : analysis.mentions()) {
            if (mention.kind() == MentionKind.NAME) {
                nameMentions.add(mention);
            }
        }
        nameMentions.sort(EntityBuilder.TEXT_ORDER);
        TokenView view = new TokenView(analysis, nameMentions);
        List<NameForm> forms = names.read(view);
        List<Mention> widened = acronyms.widenedToAcronyms(view, forms);
        if (widened != null) {
            nameMentions = widened;
            view = new TokenView(analysis, nameMentions);
            forms = names.read(view);
        }
        List<Mention> missed = acronyms.untaggedAcronyms(view, forms);
        if (!missed.isEmpty()) {
            nameMentions.addAll(missed);
            nameMentions.sort(EntityBuilder.TEXT_ORDER);
            view = new TokenView(analysis, nameMentions);
            forms = names.read(view);
        }
        Roles found = roles.find(view, forms);
        NameGrouper.Grouping grouping = grouper.group(forms, acronyms.links(view, forms), found);
        linker.link(view, forms, grouping, found, descriptions.find(view), pronouns.find(view));
        List<Entity> entities = builder.build(grouping.clusters());
        List<Mention> mentions = new ArrayList<>();
        for (Entity entity : entities) {
            mentions.addAll(entity.mentions());
        }
        mentions.sort(EntityBuilder.TEXT_ORDER);
        return analysis.withMentions(mentions).withEntities(entities);
    }
}
