package org.frontwatch.archive.preserve.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.frontwatch.model.ContentDigest;

/**
 * One line of the custody log: who did what to which subject, chained to the entry before it.
 *
 * <p><b>The hash rule.</b> {@code hash = lowercase hex SHA-256( UTF-8(prev) ‖ UTF-8(canonical) )}, where
 * {@code prev} is the previous entry's hash as 64 hex characters ({@link #GENESIS}, 64 zeros, for seq 1) and
 * {@code canonical} is the entry without its hash, written as JSON with no white space and the fields in this
 * order: {@code {"seq":N,"time":"…","actor":"…","action":"…","subject":"…","detail":{…},"prev":"…"}}.
 * {@code seq} is a decimal integer; {@code time} is {@link Instant#toString()} (ISO-8601 in UTC);
 * {@code detail} keys are sorted in Java {@code String} order; strings escape only {@code "} as {@code \"},
 * {@code \} as {@code \\} and U+0000–U+001F as {@code \}{@code u00xx} (lowercase hex); every other character is
 * written as itself in UTF-8. The line on disk is the canonical text with {@code ,"hash":"…"} inserted before the
 * closing brace, then {@code \n}; a line that is not byte-for-byte this rendering fails verification.
 */
public record CustodyEntry(long seq, Instant time, String actor, String action, String subject,
                           SortedMap<String, String> detail, String prev, String hash) {
    /** The {@code prev} of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    public CustodyEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be at least 1: " + seq);
        }
        Objects.requireNonNull(time, "time");
        requireText("actor", actor);
        requireText("action", action);
        Objects.requireNonNull(subject, "subject");
        detail = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(detail, "detail")));
        requireHex("prev", prev);
        requireHex("hash", hash);
    }

    /** A new entry following {@code prev}, its hash computed by the rule on this class. */
    public static CustodyEntry chained(long seq, Instant time, String actor, String action, String subject,
                                       Map<String, String> detail, String prev) {
        String canonical = canonical(seq, time, actor, action, subject, new TreeMap<>(detail), prev);
        return new CustodyEntry(seq, time, actor, action, subject, new TreeMap<>(detail), prev,
                hashOf(prev, canonical));
    }

    /** The canonical text the hash covers: this entry without its hash. */
    public String canonical() {
        return canonical(seq, time, actor, action, subject, detail, prev);
    }

    /** The hash this entry should carry, recomputed from its fields. */
    public String computedHash() {
        return hashOf(prev, canonical());
    }

    /** The line as written to the log, without the line feed. */
    public String line() {
        String canonical = canonical();
        return canonical.substring(0, canonical.length() - 1) + ",\"hash\":\"" + hash + "\"}";
    }

    static String hashOf(String prev, String canonical) {
        MessageDigest sha256 = ContentDigest.newSha256();
        sha256.update(prev.getBytes(StandardCharsets.UTF_8));
        sha256.update(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String canonical(long seq, Instant time, String actor, String action, String subject,
                                    SortedMap<String, String> detail, String prev) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"seq\":").append(seq);
        json.append(",\"time\":"); quote(json, time.toString());
        json.append(",\"actor\":"); quote(json, actor);
        json.append(",\"action\":"); quote(json, action);
        json.append(",\"subject\":"); quote(json, subject);
        json.append(",\"detail\":{");
        boolean first = true;
        for (Map.Entry<String, String> field : detail.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            quote(json, field.getKey());
            json.append(':');
            quote(json, field.getValue());
        }
        json.append("},\"prev\":"); quote(json, prev);
        return json.append('}').toString();
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    private static void requireText(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
        }
    }

    private static void requireHex(String name, String value) {
        Objects.requireNonNull(value, name);
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(name + " must be 64 lowercase hex digits: " + value);
        }
    }
}
