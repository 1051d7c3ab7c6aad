package org.lede.framing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lede.eval.EvalReport;
import org.lede.eval.LabelledSpan;
import org.lede.eval.PropagandaScorer;

/**
 * Scores a {@link FramesModel} on a PTC split as SemEval-2020 Task 11 did: TC (the gold spans given, each
 * technique guessed; micro-F1, with precision, recall and F1 per technique) and SI (spans found in the bare
 * text; partial-overlap precision, recall and F1, and how much of each technique's gold spans was found).
 * Offsets are converted to the task's code points before scoring.
 */
public final class FramesEvaluation {
    private final FramesModel model;

    public FramesEvaluation(FramesModel model) {
        this.model = model;
    }

    /** Called after each article, for progress. */
    public interface Listener {
        void scored(int done, int total);
    }

    public EvalReport evaluate(String name, List<PtcCorpus.Article> articles, Listener listener) {
        List<LabelledSpan> gold = new ArrayList<>();
        List<LabelledSpan> classified = new ArrayList<>();
        List<LabelledSpan> found = new ArrayList<>();
        int done = 0;
        for (PtcCorpus.Article article : articles) {
            FramedText doc = FramesModel.view(article.text());
            article.spans().forEach(s -> gold.add(article.toTask(s.technique(), s.start(), s.end())));
            classified.addAll(classifyGold(model.classifier, article, doc));
            for (int[] span : model.spans(doc)) {
                double[] p = model.classifier.probabilities(doc, span[0], span[1]);
                found.add(article.toTask(TechniqueClassifier.best(p, 1).get(0), span[0], span[1]));
            }
            listener.scored(++done, articles.size());
        }
        EvalReport tc = PropagandaScorer.techniqueClassification(name, classified, gold, Technique.labels());
        PropagandaScorer.OverlapScore si = PropagandaScorer.spanIdentification(found, gold);
        Map<String, Number> extra = new LinkedHashMap<>();
        extra.put("articles", articles.size());
        extra.put("tc_micro_f1", tc.overall().f1());
        extra.put("si_precision", si.precision());
        extra.put("si_recall", si.recall());
        extra.put("si_f1", si.f1());
        extra.put("si_predicted_spans", si.predicted());
        extra.put("si_gold_spans", si.gold());
        PropagandaScorer.recallByLabel(found, gold, Technique.labels())
                .forEach((technique, recall) -> extra.put("si_recall " + technique, recall));
        return new EvalReport(tc.name(), tc.overall(), tc.byType(), extra);
    }

    /**
     * The technique of every gold span, as the TC task asks: a stretch the annotators gave k techniques is
     * given the model's k likeliest.
     */
    static List<LabelledSpan> classifyGold(TechniqueClassifier classifier, PtcCorpus.Article article,
                                           FramedText doc) {
        Map<List<Integer>, Integer> times = new LinkedHashMap<>();
        article.spans().forEach(s -> times.merge(List.of(s.start(), s.end()), 1, Integer::sum));
        List<LabelledSpan> out = new ArrayList<>();
        times.forEach((span, k) -> {
            double[] p = classifier.probabilities(doc, span.get(0), span.get(1));
            for (Technique technique : TechniqueClassifier.best(p, k)) {
                out.add(article.toTask(technique, span.get(0), span.get(1)));
            }
        });
        return out;
    }
}
