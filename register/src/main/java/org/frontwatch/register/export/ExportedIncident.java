package org.frontwatch.register.export;

import java.util.Objects;
import org.frontwatch.register.query.IncidentDetail;

/** An incident ready to export: its detail and its summary sentence passed through the redactor. */
record ExportedIncident(IncidentDetail detail, String summary) {
    ExportedIncident {
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(summary, "summary");
    }
}
