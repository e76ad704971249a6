package org.frontwatch.register.store;

import static org.frontwatch.register.store.JdbcValues.day;
import static org.frontwatch.register.store.JdbcValues.doubleValue;
import static org.frontwatch.register.store.JdbcValues.keys;
import static org.frontwatch.register.store.JdbcValues.longValue;
import static org.frontwatch.register.store.JdbcValues.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.frontwatch.model.Claim;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Figure;
import org.frontwatch.model.Item;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Place;
import org.frontwatch.model.SourceKind;
import org.frontwatch.model.Span;

/** Turns rows of the register's tables back into model records. */
public final class RowReaders {
    public static final String ITEM_COLUMNS =
            "id, kind, source, uri, published, title, body, language, metadata, status";

    private RowReaders() {
    }

    public static Item item(ResultSet row) throws SQLException {
        String id = row.getString("id");
        return new Item(id, SourceKind.valueOf(row.getString("kind")), row.getString("source"),
                row.getString("uri"), text(row, "published").map(Instant::parse), row.getString("title"),
                row.getString("body"), JdbcValues.metadata(row.getString("metadata"), id));
    }

    public static ItemSummary itemSummary(ResultSet row) throws SQLException {
        return new ItemSummary(row.getString("id"), SourceKind.valueOf(row.getString("kind")),
                row.getString("source"), row.getString("uri"), text(row, "published").map(Instant::parse),
                row.getString("title"), Language.ofCode(row.getString("language")),
                ItemStatus.valueOf(row.getString("status")));
    }

    public static StoredMention mention(ResultSet row) throws SQLException {
        Optional<Place> place = text(row, "place_name").isEmpty() ? Optional.empty() : Optional.of(new Place(
                row.getString("mention_key"), row.getString("place_name"), row.getString("place_country"),
                row.getString("place_region"), doubleValue(row, "latitude").orElse(0.0),
                doubleValue(row, "longitude").orElse(0.0)));
        Optional<Figure> figure = text(row, "figure_unit").map(unit -> {
            try {
                return new Figure(longValue(row, "figure_low"), longValue(row, "figure_high"), unit,
                        text(row, "figure_per"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Mention mention = new Mention(MentionType.valueOf(row.getString("type")), row.getString("surface"),
                span(row), row.getString("mention_key"), place, interval(row), figure);
        return new StoredMention(row.getString("id"), row.getString("item_id"), mention);
    }

    public static StoredClaim claim(ResultSet row) throws SQLException {
        Figure figure = new Figure(longValue(row, "figure_low"), longValue(row, "figure_high"),
                row.getString("figure_unit"), text(row, "figure_per"));
        Claim claim = new Claim(row.getString("sentence"), span(row), text(row, "claimant"),
                text(row, "claimant_key"), row.getString("subject"), figure);
        return new StoredClaim(row.getString("id"), row.getString("item_id"), claim);
    }

    public static StoredReport report(ResultSet row) throws SQLException {
        EventReport report = new EventReport(EventType.valueOf(row.getString("type")), row.getString("sentence"),
                span(row), interval(row), keys(row.getString("origin")), keys(row.getString("location")),
                keys(row.getString("places")), keys(row.getString("units")));
        return new StoredReport(row.getString("id"), row.getString("item_id"), report);
    }

    public static Optional<DateInterval> interval(ResultSet row) throws SQLException {
        Optional<LocalDate> from = day(row, "date_from");
        Optional<LocalDate> to = day(row, "date_to");
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        DatePrecision precision = text(row, "date_precision").map(DatePrecision::valueOf).orElse(DatePrecision.DAYS);
        return Optional.of(new DateInterval(from.get(), to.get(), precision));
    }

    private static Span span(ResultSet row) throws SQLException {
        return new Span(row.getInt("span_start"), row.getInt("span_end"));
    }
}
