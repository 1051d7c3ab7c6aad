package org.lede.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lede.ner.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede train gazetteer}: derives the place, nationality and group names the NER stage ships. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Derive the NER gazetteer from GeoNames (cities15000, countryInfo, admin1), mledoze countries "
                + "and the organisations and groups of the CAMEO (Phoenix) actor dictionaries.")
final class TrainGazetteerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--geo", required = true, description = "Folder with the GeoNames and countries files.")
    Path geo;

    @Option(names = "--cameo", paramLabel = "DIR",
            description = "CAMEO folder holding dictionaries/ (Phoenix); without it, no organisation names.")
    Path cameo;

    @Option(names = "--out", converter = WritableFileConverter.class, defaultValue = "lede-core/src/main/resources/org/lede/ner/gazetteer.tsv.gz",
            description = "Gzipped gazetteer to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        new GazetteerBuilder().write(geo, cameo == null ? null : cameo.resolve("dictionaries"), out);
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }
}
