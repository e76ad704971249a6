package org.frontwatch.register.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.frontwatch.model.EventType;
import org.frontwatch.model.ReviewStatus;

/** SQL conditions on the {@code incidents} table aliased {@code i}, with their parameters in order. */
final class IncidentConditions {
    private final StringBuilder sql = new StringBuilder();
    private final List<String> values = new ArrayList<>();

    static final String PUBLIC_STATUSES = Arrays.stream(ReviewStatus.values()).filter(ReviewStatus::isPublic)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    IncidentConditions type(Optional<EventType> type) {
        type.ifPresent(t -> add(" AND i.type = ?", t.name()));
        return this;
    }

    IncidentConditions dates(Optional<LocalDate> since, Optional<LocalDate> until) {
        since.ifPresent(d -> add(" AND i.date_to >= ?", d.toString()));
        until.ifPresent(d -> add(" AND i.date_from <= ?", d.toString()));
        return this;
    }

    IncidentConditions publicOnly(boolean publicOnly) {
        if (publicOnly) {
            sql.append(" AND i.id IN (SELECT incident_id FROM incident_reviews WHERE status IN (")
                    .append(PUBLIC_STATUSES).append("))");
        }
        return this;
    }

    IncidentConditions status(Optional<ReviewStatus> status) {
        status.ifPresent(s -> {
            if (s == ReviewStatus.UNVERIFIED) {
                add(" AND i.id NOT IN (SELECT incident_id FROM incident_reviews WHERE status <> ?)", s.name());
            } else {
                add(" AND i.id IN (SELECT incident_id FROM incident_reviews WHERE status = ?)", s.name());
            }
        });
        return this;
    }

    private void add(String condition, String value) {
        sql.append(condition);
        values.add(value);
    }

    String sql() {
        return sql.toString();
    }

    List<String> values() {
        return values;
    }
}
