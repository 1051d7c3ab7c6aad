package org.lede.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lede.source.ExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede eval extract DIR}: article text from web pages against the Article Extraction Benchmark. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {"Score the article text Lede extracts from web pages against gold article bodies, "
                + "with the benchmark's measure (4-word shingles, precision and recall averaged over pages), "
                + "beside the stored outputs of other extractors on the same pages.",
            "DIR holds ground-truth.json, html/ID.html.gz and baseline-output/NAME.json."})
final class EvalExtractCommand implements Callable<Integer> {
    @Mixin
    EvalOutput output;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "e.g. ../shared/data/html/article-extraction")
    Path data;

    @Override
    public Integer call() throws Exception {
        output.print(new ExtractionEvaluation().evaluate(data), spec.commandLine().getOut());
        return 0;
    }
}
