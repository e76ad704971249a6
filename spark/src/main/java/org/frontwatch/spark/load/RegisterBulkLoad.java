package org.frontwatch.spark.load;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontwatch.archive.preserve.custody.CustodyAction;
import org.frontwatch.archive.preserve.custody.CustodyLog;
import org.frontwatch.model.StoreException;
import org.frontwatch.model.UsageException;
import org.frontwatch.register.Register;
import org.frontwatch.register.RegisterSettings;
import org.frontwatch.register.store.ContentIds;
import org.frontwatch.register.store.JdbcValues;
import org.frontwatch.spark.corroborate.ClaimGroupTable;
import org.frontwatch.spark.corroborate.IncidentTable;
import org.frontwatch.spark.corroborate.SparkCorroboration;
import org.frontwatch.spark.input.InputDigests;
import org.frontwatch.spark.table.BatchTables;
import org.frontwatch.spark.table.ClaimTable;
import org.frontwatch.spark.table.ItemTable;
import org.frontwatch.spark.table.MentionTable;
import org.frontwatch.spark.table.ProblemTable;
import org.frontwatch.spark.table.ReportTable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a batch's Parquet output into the PostgreSQL register: the register creates or migrates its schema (its
 * own Flyway migrations), every table is streamed with {@code COPY} into a temporary staging table and merged in
 * one transaction — items upserted, their mentions, claims and reports replaced, as the register's own writer
 * does — then the search index is rebuilt from the store and the batch is entered in the custody log.
 *
 * <p>Clusters, incidents and claim groups are derived over the whole register. When the register holds nothing
 * but the batch's items, the batch's own (computed on Spark by the register's rules) replace them; otherwise the
 * register recomputes them with its own rebuild, since the batch could not see the other items.
 */
public final class RegisterBulkLoad {
    private static final String ACTOR = "spark-load";

    private RegisterBulkLoad() {
    }

    public static LoadSummary load(SparkSession spark, String batch, RegisterSettings settings, Path custodyLog) {
        String url = settings.jdbcUrl().filter(u -> u.startsWith("jdbc:postgresql:"))
                .orElseThrow(() -> new UsageException("the bulk load needs a jdbc:postgresql: URL, not "
                        + settings.jdbcUrl().orElse("SQLite")));
        Instant now = Instant.now();
        try (Register register = Register.open(settings)) {
            Counts counts;
            try (Connection connection = connect(url, settings)) {
                connection.setAutoCommit(false);
                try {
                    counts = copyAll(spark, batch, connection, now);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException("cannot load batch " + batch + " into " + redacted(url) + ": "
                        + e.getMessage(), e);
            }
            if (!counts.derivedFromBatch()) {
                register.rebuild();
            }
            long indexed = register.reindex();
            register.commit();
            String head = custody(spark, batch, custodyLog, counts);
            return new LoadSummary(counts.items, counts.mentions, counts.claims, counts.reports, counts.failures,
                    counts.incidents, counts.derivedFromBatch(), indexed, head);
        }
    }

    private static Connection connect(String url, RegisterSettings settings) throws SQLException {
        Properties properties = new Properties();
        settings.user().ifPresent(user -> properties.setProperty("user", user));
        settings.password().ifPresent(password -> properties.setProperty("password", password));
        return DriverManager.getConnection(url, properties);
    }

    private static Counts copyAll(SparkSession spark, String batch, Connection connection, Instant now)
            throws SQLException {
        CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
        Counts counts = new Counts();
        String stored = now.toString();
        counts.items = stage(connection, copies, "items", rows(spark, batch, ItemTable.NAME, true), row -> {
            Instant published = row.getAs("published");
            return new Object[] {row.getAs("id"), row.getAs("kind"), row.getAs("source"), row.getAs("uri"),
                published == null ? null : published.toString(),
                published == null ? null : published.atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                row.getAs("title"), row.getAs("text"), row.getAs("language"),
                JdbcValues.json(row.getJavaMap(row.fieldIndex("metadata"))), "ACTIVE", stored};
        });
        stage(connection, copies, "captures", rows(spark, batch, ItemTable.NAME, true),
                row -> new Object[] {row.getAs("id"), row.getAs("input_file"), 0L, row.getAs("id"), stored});
        counts.mentions = stage(connection, copies, "mentions", rows(spark, batch, MentionTable.NAME, false),
                row -> new Object[] {row.getAs("id"), row.getAs("item_id"), row.getAs("type"), row.getAs("text"),
                    row.getAs("start"), row.getAs("end"), row.getAs("key"), row.getAs("place_name"),
                    row.getAs("place_country"), row.getAs("place_region"), row.getAs("lat"), row.getAs("lon"),
                    day(row, "date_from"), day(row, "date_to"), row.getAs("date_precision"), row.getAs("low"),
                    row.getAs("high"), row.getAs("unit"), row.getAs("per")});
        counts.claims = stage(connection, copies, "claims", rows(spark, batch, ClaimTable.NAME, false),
                row -> new Object[] {row.getAs("id"), row.getAs("item_id"), row.getAs("text"), row.getAs("start"),
                    row.getAs("end"), row.getAs("claimant"), row.getAs("claimant_key"), row.getAs("subject"),
                    row.getAs("low"), row.getAs("high"), row.getAs("unit"), row.getAs("per")});
        counts.reports = stage(connection, copies, "reports", rows(spark, batch, ReportTable.NAME, false),
                row -> new Object[] {row.getAs("id"), row.getAs("item_id"), row.getAs("type"), row.getAs("text"),
                    row.getAs("start"), row.getAs("end"), day(row, "date_from"), day(row, "date_to"),
                    row.getAs("date_precision"), keys(row, "origin"), keys(row, "location"), keys(row, "places"),
                    keys(row, "units")});
        counts.failures = stage(connection, copies, "failures", rows(spark, batch, ProblemTable.NAME, false),
                row -> {
                    String position = row.getAs("position") == null ? "" : row.getAs("position");
                    return new Object[] {ContentIds.of("failure", row.getAs("source"), position,
                            row.getAs("message")), row.getAs("source"), position, row.getAs("message"), stored};
                });
        StagedMerge.mergeExtraction(connection);
        counts.derivedFromBatch = StagedMerge.registerHoldsOnlyTheBatch(connection);
        if (counts.derivedFromBatch) {
            counts.incidents = copyDerived(spark, batch, connection, copies);
        }
        return counts;
    }

    private static long copyDerived(SparkSession spark, String batch, Connection connection, CopyManager copies)
            throws SQLException {
        StagedMerge.clearDerived(connection);
        copy(copies, "near_duplicates", "item_id, cluster_id",
                rows(spark, batch, SparkCorroboration.NEAR_DUPLICATES, false),
                row -> List.<Object[]>of(new Object[] {row.getAs("item_id"), row.getAs("cluster_id")}));
        long incidents = copy(copies, "incidents", "id, type, date_from, date_to, item_count, source_count, "
                        + "place_key, place_name, place_country, place_region, latitude, longitude, summary, "
                        + "summary_item_id", rows(spark, batch, IncidentTable.NAME, false),
                row -> List.<Object[]>of(new Object[] {row.getAs("id"), row.getAs("type"), day(row, "date_from"),
                    day(row, "date_to"), row.getAs("item_count"), row.getAs("source_count"), row.getAs("place_key"),
                    row.getAs("place_name"), row.getAs("place_country"), row.getAs("place_region"), row.getAs("lat"),
                    row.getAs("lon"), row.getAs("summary"), row.getAs("summary_item_id")}));
        copy(copies, "incident_reports", "incident_id, report_id", rows(spark, batch, IncidentTable.NAME, false),
                row -> pairs(row.getAs("id"), row.getList(row.fieldIndex("report_ids"))));
        copy(copies, "incident_items", "incident_id, item_id", rows(spark, batch, IncidentTable.NAME, false),
                row -> pairs(row.getAs("id"), row.getList(row.fieldIndex("item_ids"))));
        copy(copies, "incident_keys", "incident_id, dimension, key_value",
                rows(spark, batch, IncidentTable.NAME, false), RegisterBulkLoad::incidentKeys);
        copy(copies, "claim_groups", "id, subject, figure_unit, figure_per, period, low, best, high, conflicting, "
                        + "claim_count", rows(spark, batch, ClaimGroupTable.NAME, false),
                row -> List.<Object[]>of(new Object[] {row.getAs("id"), row.getAs("subject"), row.getAs("unit"),
                    row.getAs("per"), row.getAs("period"), row.getAs("low"), row.getAs("best"), row.getAs("high"),
                    row.<Boolean>getAs("conflicting") ? 1 : 0, row.getList(row.fieldIndex("claim_ids")).size()}));
        copy(copies, "claim_group_members", "group_id, claim_id", rows(spark, batch, ClaimGroupTable.NAME, false),
                row -> pairs(row.getAs("id"), row.getList(row.fieldIndex("claim_ids"))));
        return incidents;
    }

    private static List<Object[]> incidentKeys(Row row) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("origin", "origin");
        dimensions.put("region", "regions");
        dimensions.put("place", "places");
        dimensions.put("unit", "units");
        dimensions.put("source", "sources");
        List<Object[]> keys = new java.util.ArrayList<>();
        dimensions.forEach((dimension, column) -> {
            for (Object value : row.getList(row.fieldIndex(column))) {
                keys.add(new Object[] {row.getAs("id"), dimension, value});
            }
        });
        keys.add(new Object[] {row.getAs("id"), "type", row.getAs("type")});
        return keys;
    }

    private static List<Object[]> pairs(String id, List<Object> values) {
        return values.stream().map(value -> new Object[] {id, value}).toList();
    }

    /** Streams {@code rows} into a temporary copy of {@code table} named {@code stage_<table>}. */
    private static long stage(Connection connection, CopyManager copies, String table, Iterator<Row> rows,
                              RowValues values) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE stage_" + table + " (LIKE " + table + ") ON COMMIT DROP");
        }
        String columns = StagedMerge.columns(connection, table);
        return copy(copies, "stage_" + table, columns, rows, row -> List.<Object[]>of(values.of(row)));
    }

    private static long copy(CopyManager copies, String table, String columns, Iterator<Row> rows,
                             RowsValues values) throws SQLException {
        try (CopyStream copy = new CopyStream(copies, table, columns)) {
            while (rows.hasNext()) {
                for (Object[] row : values.of(rows.next())) {
                    copy.row(row);
                }
            }
            return copy.end();
        }
    }

    private static Iterator<Row> rows(SparkSession spark, String batch, String table, boolean extractedItemsOnly) {
        var rows = BatchTables.read(spark, batch, table);
        if (extractedItemsOnly) {
            rows = rows.filter(col("extraction_error").isNull());
        }
        return rows.toLocalIterator();
    }

    private static String day(Row row, String column) {
        LocalDate day = row.getAs(column);
        return day == null ? null : day.toString();
    }

    private static String keys(Row row, String column) {
        return JdbcValues.keys(row.getList(row.fieldIndex(column)));
    }

    private static String custody(SparkSession spark, String batch, Path file, Counts counts) {
        try (CustodyLog log = CustodyLog.open(file)) {
            for (Row input : BatchTables.read(spark, batch, InputDigests.NAME).collectAsList()) {
                log.append(ACTOR, CustodyAction.CAPTURED, input.getAs("file"), Map.of(
                        "sha256", input.getAs("sha256"), "bytes", Long.toString(input.getAs("bytes")),
                        "batch", batch));
            }
            log.append(ACTOR, CustodyAction.EXTRACTED, batch, Map.of("items", Long.toString(counts.items),
                    "mentions", Long.toString(counts.mentions), "claims", Long.toString(counts.claims),
                    "reports", Long.toString(counts.reports), "failures", Long.toString(counts.failures),
                    "derived", counts.derivedFromBatch ? "batch" : "register-rebuild"));
            return log.head();
        }
    }

    private static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @FunctionalInterface
    private interface RowValues {
        Object[] of(Row row);
    }

    @FunctionalInterface
    private interface RowsValues {
        List<Object[]> of(Row row);
    }

    private static final class Counts {
        long items;
        long mentions;
        long claims;
        long reports;
        long failures;
        long incidents;
        boolean derivedFromBatch;

        boolean derivedFromBatch() {
            return derivedFromBatch;
        }
    }
}
