package org.frontwatch.app.server.view;

import java.util.Objects;

/** The preserved bytes of one capture, read back from the archive, with the type they were captured as. */
public record CapturePayload(CaptureInfo info, byte[] bytes) {
    public CapturePayload {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(bytes, "bytes");
    }
}
