package org.frontwatch.archive.preserve.recheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The phrases by which platforms say, on a page that still answers 200 OK, that a post or channel is gone
 * ("Post not found", "This channel is private"…), each tied to a host; loaded once from
 * {@code deletion-markers.tsv}.
 */
public final class DeletionMarkers {
    private static final String RESOURCE = "deletion-markers.tsv";
    private static final DeletionMarkers STANDARD = parse(RESOURCE, read(RESOURCE));

    private record Marker(String host, String phrase) {
    }

    private final List<Marker> markers;

    private DeletionMarkers(List<Marker> markers) {
        this.markers = List.copyOf(markers);
    }

    /** The markers shipped with Frontwatch. */
    public static DeletionMarkers standard() {
        return STANDARD;
    }

    /** Markers from text in the resource's format ({@code host TAB phrase} lines, {@code #} comments). */
    public static DeletionMarkers parse(String source, String text) {
        List<Marker> markers = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String clean = line.strip();
            if (clean.isEmpty() || clean.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                throw new IllegalArgumentException(source + " line " + number + ": expected 'host TAB phrase': "
                        + line);
            }
            markers.add(new Marker(line.substring(0, tab).strip().toLowerCase(Locale.ROOT),
                    line.substring(tab + 1).strip().toLowerCase(Locale.ROOT)));
        }
        return new DeletionMarkers(markers);
    }

    /** The marker phrase found on the page at {@code uri}, if its host has one and the page shows it. */
    public Optional<String> find(String uri, String pageText) {
        String host = host(uri);
        String text = pageText.toLowerCase(Locale.ROOT);
        return markers.stream()
                .filter(m -> host.equals(m.host()) || host.endsWith("." + m.host()))
                .map(Marker::phrase)
                .filter(text::contains)
                .findFirst();
    }

    private static String host(String uri) {
        try {
            String host = URI.create(uri).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String read(String resource) {
        try (InputStream in = DeletionMarkers.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            StringBuilder text = new StringBuilder();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().forEach(line -> text.append(line).append('\n'));
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
