package org.lede.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lede.eval.EvalReport;
import org.lede.eval.PolnearEvaluation;
import org.lede.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede eval attribution --polnear DIR}: quote attribution against a PolNeAR split. */
@Command(name = "attribution",
        mixinStandardHelpOptions = true,
        description = "Score quotes and their speakers against PolNeAR (content P/R/F1 by overlap and exact, "
                + "speaker accuracy over matched quotes).")
final class EvalAttributionCommand implements Callable<Integer> {

    @Option(names = "--polnear", required = true, paramLabel = "DIR",
            description = "A PolNeAR split folder with text/ and attributions/, e.g. …/polnear/dev.")
    Path polnear;

    @Mixin
    EvalOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(polnear.resolve("attributions"))) {
            throw new NoSuchFileException(polnear.resolve("attributions").toString());
        }
        EvalReport report = new PolnearEvaluation(Pipeline.standard()).evaluate(polnear);
        output.print(report, spec.commandLine().getOut());
        return 0;
    }
}
