package org.lede.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import org.lede.eval.Report;
import picocli.CommandLine.Option;

/** The {@code --json} switch every eval subcommand shares, and the printing it selects. */
final class EvalOutput {
    @Option(names = "--json", description = "Print one JSON object with the figures instead of a table.")
    boolean json;

    void print(Report report, PrintWriter out) {
        if (json) {
            out.println(report.toJson(new ObjectMapper()).toString());
        } else {
            out.print(report.toText());
        }
        out.flush();
    }
}
