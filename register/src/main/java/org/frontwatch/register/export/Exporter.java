package org.frontwatch.register.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.StoreException;
import org.frontwatch.register.query.RegisterQueries;
import org.frontwatch.register.store.Store;

/**
 * Writes the register in one of the {@link ExportFormat}s. Every text leaves through the redactor; in public mode
 * only incidents whose review status is public ({@code ReviewStatus.isPublic()}) and the items telling them are
 * exported, and person mentions never are. The writer is flushed, not closed.
 */
public final class Exporter {
    private final Store store;
    private final RegisterQueries queries;

    public Exporter(Store store, RegisterQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    public void export(ExportFormat format, boolean publicMode, Redactor redactor, Writer out) {
        ExportContext context = new ExportContext(store, queries, publicMode, redactor);
        try {
            switch (format) {
                case ACLED -> AcledCsvWriter.write(context, out);
                case GEOJSON -> GeoJsonWriter.write(context, out);
                case FTM -> FollowTheMoneyWriter.write(context, out);
                case JSONL -> JsonLinesWriter.write(context, queries, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new StoreException("cannot write the " + format + " export: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new StoreException("cannot write the " + format + " export: " + e.getCause().getMessage(), e);
        }
    }
}
