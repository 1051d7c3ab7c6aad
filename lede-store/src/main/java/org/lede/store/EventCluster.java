package org.lede.store;

import java.util.List;
import java.util.Map;

/**
 * Articles that report the same event, side by side: what each report codes and which techniques it uses,
 * and how each names and labels each actor.
 *
 * @param id      the cluster's id: the id of its first article (earliest published)
 * @param event   the commonest event of its reports ("FIGHT 190"), or null when none codes one
 * @param reports its articles, earliest first
 * @param actors  the actors of its events and those more than one report names, event participants first
 */
public record EventCluster(String id, String event, String firstPublished, String lastPublished,
                           List<Report> reports, List<Actor> actors) {

    public EventCluster {
        reports = List.copyOf(reports);
        actors = List.copyOf(actors);
    }

    /**
     * One article of the cluster.
     *
     * @param events     its events as "FIGHT 190: raided", in order
     * @param techniques how many stretches use each persuasion technique
     */
    public record Report(ArticleSummary article, List<String> events, Map<String, Integer> techniques) {
        public Report {
            events = List.copyOf(events);
            techniques = Map.copyOf(techniques);
        }
    }

    /**
     * One actor across the reports.
     *
     * @param participant true when an event of the cluster has it as actor or target
     * @param wordings    one per report that names it, in the order of {@code reports}
     */
    public record Actor(String name, String type, boolean participant, int articles, List<Wording> wordings) {
        public Actor {
            wordings = List.copyOf(wordings);
        }
    }

    /**
     * How one report names and describes an actor.
     *
     * @param names        the names it uses
     * @param descriptions its descriptions, titles and appositions ("the group", "a union leader")
     * @param labels       what the framing layer found it attaching to the actor, with voice and polarity
     */
    public record Wording(String articleId, String outlet, List<String> names, List<String> descriptions,
                          List<Label> labels) {
        public Wording {
            names = List.copyOf(names);
            descriptions = List.copyOf(descriptions);
            labels = List.copyOf(labels);
        }
    }

    /** @param voice "article" or "quote"; @param polarity "delegitimising", "legitimising" or "neutral" */
    public record Label(String text, String voice, String polarity) {
    }

    /**
     * A cluster as a list shows it.
     *
     * @param outlets how many distinct outlets report it
     */
    public record Summary(String id, String event, String firstPublished, String lastPublished, int articles,
                          int outlets, String title) {
    }
}
