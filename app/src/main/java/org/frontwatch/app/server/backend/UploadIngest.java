package org.frontwatch.app.server.backend;

import org.frontwatch.app.server.view.IngestResult;

/**
 * Ingests one uploaded file — preserve, extract, register, custody entries — on behalf of a signed-in analyst.
 * The application's ingest pipeline provides it; a read-only server refuses every upload.
 */
@FunctionalInterface
public interface UploadIngest {
    IngestResult ingest(String fileName, byte[] bytes, String actor);

    static UploadIngest refused() {
        return (fileName, bytes, actor) -> {
            throw new org.frontwatch.model.UsageException("this server was started without an ingest pipeline: "
                    + "cannot ingest " + fileName);
        };
    }
}
