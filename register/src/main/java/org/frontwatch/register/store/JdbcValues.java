package org.frontwatch.register.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.frontwatch.model.StoreException;

/**
 * How values cross the JDBC boundary in the common subset of SQLite and PostgreSQL: optional values as SQL NULL,
 * days as ISO text, key lists as space-separated text, metadata as a JSON object.
 */
public final class JdbcValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JdbcValues() {
    }

    public static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    public static void setLong(PreparedStatement statement, int index, OptionalLong value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.getAsLong());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    public static void setDouble(PreparedStatement statement, int index, Optional<Double> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setDouble(index, value.get());
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }

    private static final java.time.format.DateTimeFormatter INSTANT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** An instant as fixed-width ISO-8601 UTC text, so that text order is time order in both databases. */
    public static String instant(java.time.Instant instant) {
        return INSTANT.format(instant);
    }

    public static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    public static OptionalLong longValue(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    public static Optional<Double> doubleValue(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    public static Optional<LocalDate> day(ResultSet row, String column) throws SQLException {
        return text(row, column).map(LocalDate::parse);
    }

    public static String keys(List<String> keys) {
        return String.join(" ", keys);
    }

    public static List<String> keys(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.trim().split(" +"));
    }

    public static String json(Map<String, String> metadata) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(metadata));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    public static Map<String, String> metadata(String json, String itemId) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("item " + itemId + ": stored metadata is not a JSON object of strings at "
                    + e.getLocation() + ": " + e.getOriginalMessage(), e);
        }
    }
}
