package org.frontwatch.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.UsageException;

/**
 * The job's command line: {@code --input PATH…} (one or more Hadoop-compatible paths, files or directories),
 * {@code --output DIR}, and optionally {@code --master local[N]} (otherwise spark-submit's master) and
 * {@code --partitions N} (otherwise four tasks per core of Spark's default parallelism).
 */
public record SparkJobOptions(List<String> inputs, String output, Optional<String> master,
                              Optional<Integer> partitions) {
    public static final String USAGE = "usage: FrontwatchSparkJob --input PATH... --output DIR [--master local[N]]"
            + " [--partitions N]";

    public SparkJobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(partitions, "partitions");
        if (inputs.isEmpty()) {
            throw new UsageException("at least one --input is needed; " + USAGE);
        }
        if (output.isBlank()) {
            throw new UsageException("--output must name a directory; " + USAGE);
        }
        if (partitions.isPresent() && partitions.get() < 1) {
            throw new UsageException("--partitions must be positive: " + partitions.get());
        }
    }

    public static SparkJobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        Optional<String> master = Optional.empty();
        Optional<Integer> partitions = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        inputs.add(args[++i]);
                    }
                }
                case "--output" -> output = value(args, ++i, "--output");
                case "--master" -> master = Optional.of(value(args, ++i, "--master"));
                case "--partitions" -> partitions = Optional.of(number(value(args, ++i, "--partitions")));
                default -> throw new UsageException("unknown argument: " + args[i] + "; " + USAGE);
            }
        }
        if (output == null) {
            throw new UsageException("--output is needed; " + USAGE);
        }
        return new SparkJobOptions(inputs, output, master, partitions);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value; " + USAGE);
        }
        return args[index];
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--partitions must be a number: " + value);
        }
    }
}
