package org.frontwatch.spark.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.frontwatch.archive.preserve.custody.ChainCheck;
import org.frontwatch.model.UsageException;
import org.frontwatch.register.PostgresExtension;
import org.frontwatch.register.RegisterSettings;
import org.frontwatch.spark.JobSummary;
import org.frontwatch.spark.LocalSpark;
import org.frontwatch.spark.TestBatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The bulk load against a real PostgreSQL server started by the test. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterBulkLoadTest {
    @TempDir
    static Path temp;

    private String batch;
    private JobSummary summary;

    @BeforeAll
    void runTheJob() {
        batch = TestBatch.shared().output();
        summary = TestBatch.shared().summary();
    }

    @Test
    void loadsEveryTableRebuildsTheIndexAndEntersTheBatchInCustody() throws SQLException {
        String url = PostgresExtension.newDatabase();
        Path custody = temp.resolve("custody-first.log");

        LoadSummary loaded = RegisterBulkLoad.load(LocalSpark.session(), batch,
                new RegisterSettings(temp.resolve("data-first"), Optional.of(url)), custody);

        assertThat(count(url, "items")).isEqualTo(summary.items()).isEqualTo(loaded.items());
        assertThat(count(url, "mentions")).isEqualTo(summary.mentions());
        assertThat(count(url, "claims")).isEqualTo(summary.claims());
        assertThat(count(url, "reports")).isEqualTo(summary.reports());
        assertThat(count(url, "incidents")).isEqualTo(summary.incidents());
        assertThat(count(url, "near_duplicates")).isEqualTo(summary.items());
        assertThat(count(url, "item_status_history")).isEqualTo(summary.items());
        assertThat(loaded.derivedFromBatch()).isTrue();
        assertThat(loaded.indexed()).isEqualTo(summary.items());
        ChainCheck check = ChainCheck.of(custody);
        assertThat(check.ok()).isTrue();
        assertThat(check.entries()).as("one entry per input file and one for the batch").isEqualTo(inputFiles() + 1);
        assertThat(check.head()).isEqualTo(loaded.custodyHead());
    }

    @Test
    void loadingTheSameBatchTwiceChangesNothing() throws SQLException {
        String url = PostgresExtension.newDatabase();
        RegisterSettings settings = new RegisterSettings(temp.resolve("data-twice"), Optional.of(url));
        RegisterBulkLoad.load(LocalSpark.session(), batch, settings, temp.resolve("custody-twice.log"));

        RegisterBulkLoad.load(LocalSpark.session(), batch, settings, temp.resolve("custody-twice.log"));

        assertThat(count(url, "items")).isEqualTo(summary.items());
        assertThat(count(url, "mentions")).isEqualTo(summary.mentions());
        assertThat(count(url, "item_status_history")).isEqualTo(summary.items());
        assertThat(count(url, "incidents")).isEqualTo(summary.incidents());
    }

    @Test
    void refusesSqlite() {
        assertThatThrownBy(() -> RegisterBulkLoad.load(LocalSpark.session(), batch,
                new RegisterSettings(temp.resolve("data-sqlite"), Optional.empty()), temp.resolve("c.log")))
                .isInstanceOf(UsageException.class).hasMessageContaining("jdbc:postgresql:");
    }

    private static long inputFiles() {
        return org.frontwatch.spark.table.BatchTables.read(LocalSpark.session(), TestBatch.shared().output(),
                org.frontwatch.spark.input.InputDigests.NAME).count();
    }

    private static long count(String url, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
