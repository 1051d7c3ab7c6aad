package org.lede.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lede.entities.EcbPlusEvaluation;
import org.lede.entities.ElevantEvaluation;
import org.lede.eval.EvalReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede eval entities}: entity resolution against ECB+ coreference or the alias sets of the ELEVANT
 * benchmarks, with gold names as input.
 */
@Command(name = "entities",
        mixinStandardHelpOptions = true,
        description = "Score pronoun and description links and name grouping against ECB+ coreference (--ecbplus), "
                + "or alias grouping (B-cubed, per benchmark) against ELEVANT's Wikidata links (--elevant); "
                + "gold proper-name mentions stand in for name recognition.")
final class EvalEntitiesCommand implements Callable<Integer> {
    @Mixin
    EvalOutput output;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Data data;

    /** Exactly one data set per run. */
    static final class Data {
        @Option(names = "--ecbplus", paramLabel = "DIR",
                description = "The ECB+ folder of topic folders, e.g. ../shared/data/clustering/ecbplus/ECB+.")
        Path ecbPlus;

        @Option(names = "--elevant", paramLabel = "DIR",
                description = "A folder of ELEVANT *.benchmark.jsonl files, e.g. ../shared/data/entities/elevant.")
        Path elevant;
    }

    @Override
    public Integer call() throws Exception {
        EvalReport report = data.ecbPlus != null ? new EcbPlusEvaluation().evaluate(data.ecbPlus)
                : new ElevantEvaluation().evaluate(data.elevant);
        output.print(report, spec.commandLine().getOut());
        return 0;
    }
}
