package org.lede.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into the jar's manifest, and the schema version of the JSON it writes. */
final class LedeVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Lede.class.getPackage().getImplementationVersion();
        return new String[] {"lede " + (version == null ? "development build" : version)
                + " (JSON schema " + org.lede.model.Analysis.SCHEMA + ")"};
    }
}
