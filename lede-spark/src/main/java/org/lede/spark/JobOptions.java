package org.lede.spark;

import org.apache.spark.api.java.JavaSparkContext;

/**
 * The job's command line: {@code --input PATH --output DIR [--jsonl] [--master URL] [--partitions N]
 * [--near-threshold J] [--any-language]}.
 *
 * @param partitions the analysis tasks; 0 for the default: one per input file (or block of JSON Lines), where
 *                   the articles were read, unless there are fewer than the cluster's cores, when the
 *                   articles are spread over three tasks per core so a slow article does not idle a core
 */
record JobOptions(String input, String output, boolean jsonLines, String master, int partitions,
                  double nearThreshold, boolean anyLanguage) {
    static final String USAGE = "usage: lede-spark --input PATH --output DIR [--jsonl] [--master URL] "
            + "[--partitions N] [--near-threshold J] [--any-language]\n"
            + "  PATH: WARC/WET files (a glob is fine), or JSON Lines with --jsonl (or a .jsonl/.json name)";

    static JobOptions parse(String[] args) {
        String input = null;
        String output = null;
        boolean jsonLines = false;
        String master = null;
        int partitions = 0;
        double threshold = 0.7;
        boolean anyLanguage = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> input = value(args, ++i);
                case "--output" -> output = value(args, ++i);
                case "--jsonl" -> jsonLines = true;
                case "--master" -> master = value(args, ++i);
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                case "--near-threshold" -> threshold = Double.parseDouble(value(args, ++i));
                case "--any-language" -> anyLanguage = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (input == null || output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        boolean jsonName = input.endsWith(".jsonl") || input.endsWith(".json") || input.endsWith(".jsonl.gz");
        return new JobOptions(input, output, jsonLines || jsonName, master, partitions, threshold, anyLanguage);
    }

    private static String value(String[] args, int at) {
        if (at >= args.length) {
            throw new IllegalArgumentException(args[at - 1] + " needs a value");
        }
        return args[at];
    }

    int partitions(JavaSparkContext context) {
        return partitions > 0 ? partitions : Math.max(1, context.defaultParallelism() * 3);
    }
}
