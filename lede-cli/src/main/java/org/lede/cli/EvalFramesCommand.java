package org.lede.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lede.eval.EvalReport;
import org.lede.framing.FramesEvaluation;
import org.lede.framing.FramesModel;
import org.lede.framing.PtcCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede eval frames DIR --split dev}: propaganda techniques against a PTC split, scored as SemEval-2020 Task 11. */
@Command(name = "frames",
        mixinStandardHelpOptions = true,
        description = "Score persuasion techniques against the Propaganda Techniques Corpus (SemEval-2020 Task 11): "
                + "TC micro-F1 on the gold spans with per-technique rows, and SI partial-overlap P/R/F1 (si_… lines).")
final class EvalFramesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The corpus folder with SPLIT-articles/ and SPLIT-task-flc-tc.labels.")
    Path dir;

    @Option(names = "--split", defaultValue = "dev",
            description = "The split to score, e.g. dev or train (default: ${DEFAULT-VALUE}).")
    String split;

    @Mixin
    EvalOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<PtcCorpus.Article> articles = PtcCorpus.read(dir, split);
        FramesModel model = FramesModel.load();
        Progress progress = new Progress(spec.commandLine().getErr(), System.console() != null, articles.size());
        EvalReport report = new FramesEvaluation(model).evaluate("frames ptc " + split, articles,
                (done, total) -> progress.advance());
        progress.hide();
        output.print(report, spec.commandLine().getOut());
        return 0;
    }
}
