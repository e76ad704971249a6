package org.frontwatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontwatch.register.Register;
import org.frontwatch.register.RegisterSettings;
import org.frontwatch.register.store.StoredClaim;
import org.frontwatch.register.store.StoredMention;
import org.frontwatch.register.store.StoredReport;
import org.frontwatch.spark.bench.SingleMachinePipeline;
import org.frontwatch.spark.table.BatchTables;
import org.frontwatch.spark.table.ClaimTable;
import org.frontwatch.spark.table.MentionTable;
import org.frontwatch.spark.table.ReportTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the Spark job: on {@code local[2]}, over the example corpus plus generated messages, it
 * gives the same items, mentions, claims, reports, near-duplicate clusters, incidents and claim groups as the
 * single-machine pipeline on the same input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkPipelineEquivalenceTest {
    @TempDir
    static Path temp;

    private String output;
    private Path reference;
    private JobSummary summary;
    private int referenceItems;

    @BeforeAll
    void runBothPipelines() throws Exception {
        TestBatch batch = TestBatch.shared();
        output = batch.output();
        summary = batch.summary();
        reference = temp.resolve("reference");
        referenceItems = SingleMachinePipeline.run(batch.inputs(), reference);
    }

    @Test
    void readsTheSameItems() throws SQLException {
        assertThat(summary.items()).isEqualTo(referenceItems).isGreaterThan(600);
        assertThat(sparkRows("items", row -> row.<String>getAs("id") + " " + row.getAs("language")))
                .isEqualTo(sql("SELECT id, language FROM items"));
    }

    @Test
    void extractsTheSameMentionsClaimsAndReports() {
        Map<String, Object> mentions = new HashMap<>();
        Map<String, Object> claims = new HashMap<>();
        Map<String, Object> reports = new HashMap<>();
        try (Register register = Register.open(new RegisterSettings(reference, Optional.empty()))) {
            register.store().forEachItem(stored -> {
                stored.mentions().forEach((StoredMention m) -> mentions.put(m.id(), m.mention()));
                stored.claims().forEach((StoredClaim c) -> claims.put(c.id(), c.claim()));
                stored.reports().forEach((StoredReport r) -> reports.put(r.id(), r.report()));
            });
        }

        assertThat(mentions).isNotEmpty();
        assertThat(sparkMap(MentionTable.NAME, MentionTable::fromRow)).isEqualTo(mentions);
        assertThat(sparkMap(ClaimTable.NAME, ClaimTable::fromRow)).isEqualTo(claims);
        assertThat(sparkMap(ReportTable.NAME, ReportTable::fromRow)).isEqualTo(reports);
    }

    @Test
    void findsTheSameNearDuplicateClusters() throws SQLException {
        Set<String> expected = sql("SELECT item_id, cluster_id FROM near_duplicates");
        assertThat(sparkRows("near_duplicates", row -> row.getAs("item_id") + " " + row.getAs("cluster_id")))
                .isEqualTo(expected);
        assertThat(expected.stream().filter(pair -> !pair.split(" ")[0].equals(pair.split(" ")[1])))
                .as("the generated forwards are near-duplicates").isNotEmpty();
    }

    @Test
    void buildsTheSameIncidents() throws SQLException {
        Set<String> expected = sql("SELECT id, type, date_from, date_to, item_count, source_count, place_key, "
                + "summary, summary_item_id FROM incidents");
        assertThat(expected).isNotEmpty();
        assertThat(sparkRows("incidents", row -> String.join(" ", text(row, "id"),
                text(row, "type"), text(row, "date_from"),
                text(row, "date_to"), text(row, "item_count"),
                text(row, "source_count"), text(row, "place_key"),
                text(row, "summary"), text(row, "summary_item_id"))))
                .isEqualTo(expected);
        assertThat(sparkPairs("incidents", "report_ids")).isEqualTo(sql(
                "SELECT incident_id, report_id FROM incident_reports"));
        assertThat(sparkPairs("incidents", "item_ids")).isEqualTo(sql(
                "SELECT incident_id, item_id FROM incident_items"));
    }

    @Test
    void groupsTheSameClaims() throws SQLException {
        assertThat(sparkRows("claim_groups", row -> String.join(" ", text(row, "id"),
                text(row, "low"), text(row, "best"),
                text(row, "high"), row.<Boolean>getAs("conflicting") ? "1" : "0")))
                .isEqualTo(sql("SELECT id, low, best, high, conflicting FROM claim_groups"));
        assertThat(sparkPairs("claim_groups", "claim_ids")).isEqualTo(sql(
                "SELECT group_id, claim_id FROM claim_group_members"));
    }

    private <T> Map<String, Object> sparkMap(String table, Function<Row, T> read) {
        Map<String, Object> map = new HashMap<>();
        for (Row row : BatchTables.read(spark(), output, table).collectAsList()) {
            map.put(row.getAs("id"), read.apply(row));
        }
        return map;
    }

    private Set<String> sparkRows(String table, Function<Row, String> line) {
        Set<String> lines = new HashSet<>();
        BatchTables.read(spark(), output, table).collectAsList().forEach(row -> lines.add(line.apply(row)));
        return lines;
    }

    private Set<String> sparkPairs(String table, String column) {
        Set<String> lines = new HashSet<>();
        for (Row row : BatchTables.read(spark(), output, table).collectAsList()) {
            for (Object value : row.getList(row.fieldIndex(column))) {
                lines.add(row.getAs("id") + " " + value);
            }
        }
        return lines;
    }

    private Set<String> sql(String query) throws SQLException {
        Set<String> lines = new HashSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + reference.resolve("frontwatch.db"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                StringJoiner line = new StringJoiner(" ");
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    line.add(String.valueOf(rows.getObject(i)));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static String text(Row row, String column) {
        return String.valueOf((Object) row.get(row.fieldIndex(column)));
    }

    private static SparkSession spark() {
        return LocalSpark.session();
    }
}
