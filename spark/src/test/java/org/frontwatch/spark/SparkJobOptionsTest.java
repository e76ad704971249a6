package org.frontwatch.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.frontwatch.model.UsageException;
import org.junit.jupiter.api.Test;

class SparkJobOptionsTest {
    @Test
    void readsSeveralInputsOutputAndMaster() {
        SparkJobOptions options = SparkJobOptions.parse("--input", "hdfs:///a", "s3a://b/c.jsonl", "--output",
                "/tmp/out", "--master", "local[4]");

        assertThat(options.inputs()).containsExactly("hdfs:///a", "s3a://b/c.jsonl");
        assertThat(options.output()).isEqualTo("/tmp/out");
        assertThat(options.master()).contains("local[4]");
        assertThat(options.partitions()).isEmpty();
    }

    @Test
    void leavesTheMasterToSparkSubmitWhenNotGiven() {
        SparkJobOptions options = SparkJobOptions.parse("--output", "out", "--input", "in");

        assertThat(options.master()).isEmpty();
        assertThat(options.inputs()).isEqualTo(List.of("in"));
    }

    @Test
    void refusesAMissingInputWithTheUsage() {
        assertThatThrownBy(() -> SparkJobOptions.parse("--output", "out"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--input").hasMessageContaining("usage:");
    }

    @Test
    void refusesANonNumericPartitionCount() {
        assertThatThrownBy(() -> SparkJobOptions.parse("--input", "a", "--output", "b", "--partitions", "many"))
                .isInstanceOf(UsageException.class).hasMessageContaining("many");
    }

    @Test
    void refusesAnUnknownArgument() {
        assertThatThrownBy(() -> new SparkJobOptions(List.of("a"), "b", Optional.empty(), Optional.of(0)))
                .isInstanceOf(UsageException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> SparkJobOptions.parse("--input", "a", "--output", "b", "--verbose"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--verbose");
    }
}
