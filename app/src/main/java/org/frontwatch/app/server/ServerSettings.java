package org.frontwatch.app.server;

import java.util.Objects;

/**
 * How the server listens: host, port ({@code 0} picks a free one) and whether it runs the public, read-only,
 * anonymous and redacted view.
 */
public record ServerSettings(String host, int port, boolean publicMode) {
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
    }
}
