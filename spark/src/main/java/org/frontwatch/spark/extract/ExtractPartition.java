package org.frontwatch.spark.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.frontwatch.extract.Extractor;
import org.frontwatch.model.Claim;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Item;
import org.frontwatch.model.Mention;
import org.frontwatch.register.store.ContentIds;
import org.frontwatch.spark.table.BatchRecord;
import org.frontwatch.spark.table.ClaimTable;
import org.frontwatch.spark.table.ItemTable;
import org.frontwatch.spark.table.MentionTable;
import org.frontwatch.spark.table.ReportTable;

/**
 * The extract stage in {@code mapPartitions}: each item record gets the extract stage's mentions, claims and
 * reports, with the register's content-derived ids; a finding whose id repeats one before it in the same item is
 * dropped, as the register's store keeps the first ({@code ON CONFLICT DO NOTHING}). An item that fails extraction keeps its row with the error
 * recorded on it and the batch goes on. Lazy: the partition streams through, one item in memory at a time.
 */
public final class ExtractPartition implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> records) {
        return new Iterator<>() {
            private Extractor extractor;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (done) {
                    return false;
                }
                if (records.hasNext()) {
                    return true;
                }
                done = true;
                if (extractor != null) {
                    ExtractorPool.giveBack(extractor);
                    extractor = null;
                }
                return false;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row record = records.next();
                if (!BatchRecord.isItem(record)) {
                    return record;
                }
                if (extractor == null) {
                    extractor = ExtractorPool.borrow();
                }
                return extracted(extractor, BatchRecord.item(record));
            }
        };
    }

    static Row extracted(Extractor extractor, Row itemRow) {
        Item item = ItemTable.item(itemRow);
        Extraction extraction;
        try {
            extraction = extractor.extract(item);
        } catch (RuntimeException e) {
            return BatchRecord.extracted(ItemTable.withExtraction(itemRow, Optional.empty(),
                    Optional.of("extraction failed: " + e)), List.of(), List.of(), List.of());
        }
        String id = item.id();
        Set<String> seen = new HashSet<>();
        List<Row> mentions = new ArrayList<>(extraction.mentions().size());
        for (Mention mention : extraction.mentions()) {
            String mentionId = ContentIds.mentionId(id, mention);
            if (seen.add(mentionId)) {
                mentions.add(MentionTable.toRow(mentionId, id, mentions.size(), mention));
            }
        }
        List<Row> claims = new ArrayList<>(extraction.claims().size());
        for (Claim claim : extraction.claims()) {
            String claimId = ContentIds.claimId(id, claim);
            if (seen.add(claimId)) {
                claims.add(ClaimTable.toRow(claimId, id, claims.size(), claim));
            }
        }
        List<Row> reports = new ArrayList<>(extraction.events().size());
        for (EventReport report : extraction.events()) {
            String reportId = ContentIds.reportId(id, report);
            if (seen.add(reportId)) {
                reports.add(ReportTable.toRow(reportId, id, reports.size(), report));
            }
        }
        return BatchRecord.extracted(ItemTable.withExtraction(itemRow, Optional.of(extraction.language().code()),
                Optional.empty()), mentions, claims, reports);
    }
}
