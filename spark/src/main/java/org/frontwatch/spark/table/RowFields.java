package org.frontwatch.spark.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.Figure;

/** Reads nullable columns of a row as the model's optionals, and writes them back as nulls. */
final class RowFields {
    private RowFields() {
    }

    static <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }

    static Long orNull(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    static Optional<String> optionalString(Row row, String column) {
        return Optional.ofNullable(row.<String>getAs(column));
    }

    static OptionalLong optionalLong(Row row, String column) {
        Long value = row.getAs(column);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    static List<String> strings(Row row, String column) {
        List<String> values = row.getList(row.fieldIndex(column));
        return values == null ? List.of() : List.copyOf(values);
    }

    /** The interval in columns {@code date_from}, {@code date_to}, {@code date_precision}, if {@code date_from} is set. */
    static Optional<DateInterval> interval(Row row) {
        LocalDate from = row.getAs("date_from");
        if (from == null) {
            return Optional.empty();
        }
        return Optional.of(new DateInterval(from, row.getAs("date_to"),
                DatePrecision.valueOf(row.<String>getAs("date_precision"))));
    }

    /** The figure in columns {@code low}, {@code high}, {@code unit}, {@code per}, if {@code unit} is set. */
    static Optional<Figure> figure(Row row) {
        String unit = row.getAs("unit");
        if (unit == null) {
            return Optional.empty();
        }
        return Optional.of(new Figure(optionalLong(row, "low"), optionalLong(row, "high"), unit,
                optionalString(row, "per")));
    }
}
