package org.lede.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lede.linking.LinkTableBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede train links}: derives the GeoNames and CAMEO tables the entity linker ships. */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = "Derive the entity-linking tables: GeoNames places (cities15000, countryInfo, admin1, "
                + "mledoze countries) and CAMEO actors (Phoenix dictionaries, GDELT known groups).")
final class TrainLinksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--geo", required = true, description = "Folder with the GeoNames and countries files.")
    Path geo;

    @Option(names = "--cameo", required = true,
            description = "CAMEO folder holding dictionaries/ (Phoenix) and gdelt-lookups/.")
    Path cameo;

    @Option(names = "--out", defaultValue = "models", description = "Folder to write the tables to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        LinkTableBuilder.Written written = new LinkTableBuilder().write(geo, cameo, out);
        spec.commandLine().getOut().printf("wrote %,d places and %,d actor rows to %s%n",
                written.places(), written.actors(), out);
        return 0;
    }
}
