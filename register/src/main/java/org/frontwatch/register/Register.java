package org.frontwatch.register;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.List;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Item;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.StoreException;
import org.frontwatch.register.corroborate.CorroborationSummary;
import org.frontwatch.register.corroborate.Corroborator;
import org.frontwatch.register.export.ExportFormat;
import org.frontwatch.register.export.Exporter;
import org.frontwatch.register.index.SearchIndex;
import org.frontwatch.register.index.SearchQuery;
import org.frontwatch.register.index.SearchResult;
import org.frontwatch.register.query.RegisterQueries;
import org.frontwatch.register.store.Database;
import org.frontwatch.register.store.ExtractedItem;
import org.frontwatch.register.store.Store;

/**
 * The register of one data directory: the SQL store (source of truth), the Lucene index derived from it,
 * corroboration, queries and exports. {@link #put} writes the store and the index; call {@link #rebuild} after a
 * batch to recompute incidents, and {@link #commit} (or close) to make index writes durable.
 */
public final class Register implements AutoCloseable {
    private final Database database;
    private final Store store;
    private final SearchIndex index;
    private final Corroborator corroborator;
    private final RegisterQueries queries;
    private final Exporter exporter;

    private Register(Database database, SearchIndex index) {
        this.database = database;
        this.store = new Store(database);
        this.index = index;
        this.corroborator = new Corroborator(store);
        this.queries = new RegisterQueries(store);
        this.exporter = new Exporter(store, queries);
    }

    public static Register open(RegisterSettings settings) {
        try {
            Files.createDirectories(settings.dataDirectory());
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + settings.dataDirectory() + ": "
                    + e.getMessage(), e);
        }
        Database database = Database.open(settings.effectiveJdbcUrl(), settings.user(), settings.password());
        try {
            return new Register(database, SearchIndex.open(settings.indexDirectory()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Store store() {
        return store;
    }

    public SearchIndex index() {
        return index;
    }

    public Corroborator corroborator() {
        return corroborator;
    }

    public RegisterQueries queries() {
        return queries;
    }

    public Exporter exporter() {
        return exporter;
    }

    /** Stores and indexes one item (idempotent). */
    public void put(Item item, CaptureLocation capture, Extraction extraction) {
        store.put(item, capture, extraction);
        index.put(item, extraction);
    }

    /** Stores many items in one transaction and indexes them. */
    public void putAll(List<ExtractedItem> items) {
        store.putAll(items);
        for (ExtractedItem item : items) {
            index.put(item.item(), item.extraction());
        }
    }

    /**
     * Moves on every write to the store or the index (both counters only grow, so their sum does too): anything
     * read from the register while the version stays the same may be reused.
     */
    public long version() {
        return database.version() + index.generation();
    }

    public boolean contains(String itemId) {
        return store.contains(itemId);
    }

    public void recordFailure(String source, String position, String message) {
        store.recordFailure(source, position, message);
    }

    public SearchResult search(SearchQuery query) {
        return index.search(query);
    }

    /** Recomputes near-duplicates, incidents and claim groups from the store. */
    public CorroborationSummary rebuild() {
        return corroborator.rebuild();
    }

    /** Rebuilds the search index from the store alone; returns the number of items indexed. */
    public long reindex() {
        return index.reindex(store);
    }

    public void export(ExportFormat format, boolean publicMode, Redactor redactor, Writer out) {
        exporter.export(format, publicMode, redactor, out);
    }

    /** Makes index writes durable and visible to searches. */
    public void commit() {
        index.commit();
    }

    @Override
    public void close() {
        try {
            queries.close();
            index.close();
        } finally {
            database.close();
        }
    }
}
