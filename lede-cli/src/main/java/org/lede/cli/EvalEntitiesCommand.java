package org.lede.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lede.entities.EcbPlusEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede eval entities}: entity resolution against ECB+ coreference, with gold names as input. */
@Command(name = "entities",
        mixinStandardHelpOptions = true,
        description = "Score pronoun and description links and name grouping against ECB+ coreference; "
                + "gold proper-name mentions stand in for name recognition.")
final class EvalEntitiesCommand implements Callable<Integer> {
    @Mixin
    EvalOutput output;

    @Spec
    CommandSpec spec;

    @Option(names = "--ecbplus", paramLabel = "DIR", required = true,
            description = "The ECB+ folder of topic folders, e.g. ../shared/data/clustering/ecbplus/ECB+.")
    Path data;

    @Override
    public Integer call() throws Exception {
        output.print(new EcbPlusEvaluation().evaluate(data), spec.commandLine().getOut());
        return 0;
    }
}
