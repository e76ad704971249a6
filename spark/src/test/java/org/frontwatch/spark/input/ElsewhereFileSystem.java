package org.frontwatch.spark.input;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another scheme ({@code elsewhere:///tmp/…}), standing in for HDFS or S3 in tests: the job
 * treats a file on it as remote, copying it to the task's disk before a collector reads it.
 */
public final class ElsewhereFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "elsewhere";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
