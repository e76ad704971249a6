package org.frontwatch.app.server.view;

import java.util.Objects;

/** An export ready to download: its bytes, media type and a file name. */
public record ExportFile(String fileName, String contentType, byte[] bytes) {
    public ExportFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(bytes, "bytes");
    }
}
