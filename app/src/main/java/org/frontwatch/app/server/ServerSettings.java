package org.frontwatch.app.server;

import java.util.Objects;

/**
 * How the server listens: host, port ({@code 0} picks a free one) and whether it runs the public, read-only,
 * anonymous and redacted view. {@code openReading} lets callers who are not signed in read what a viewer reads
 * (nothing that changes state, nothing redacted away): only for a local demonstration, never for a shared server.
 */
public record ServerSettings(String host, int port, boolean publicMode, boolean openReading) {
    public ServerSettings(String host, int port, boolean publicMode) {
        this(host, port, publicMode, false);
    }

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
    }
}
