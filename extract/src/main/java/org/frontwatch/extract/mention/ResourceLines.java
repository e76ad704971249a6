package org.frontwatch.extract.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.frontwatch.model.FrontwatchException;

/** Reads the lines of a bundled UTF-8 resource, naming it when it is missing or unreadable. */
final class ResourceLines {
    private ResourceLines() {
    }

    static List<String> read(String resource) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FrontwatchException("resource missing from the class path: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new FrontwatchException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
