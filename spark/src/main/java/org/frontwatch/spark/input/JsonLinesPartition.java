package org.frontwatch.spark.input;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.frontwatch.model.BadInputException;
import org.frontwatch.spark.table.BatchRecord;
import org.frontwatch.spark.table.ItemTable;
import org.frontwatch.spark.table.ProblemTable;
import scala.Tuple2;

/**
 * Reads the lines of one split of a JSON-lines file into item records with {@link JsonLinesItemReader}; a bad
 * line becomes a problem naming the file and the line's byte offset, and the split goes on. Lazy: a split of
 * millions of lines is never held in memory.
 */
final class JsonLinesPartition implements FlatMapFunction<Iterator<Tuple2<LongWritable, Text>>, Row> {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final Instant batchTime;

    JsonLinesPartition(String file, Instant batchTime) {
        this.file = file;
        this.batchTime = batchTime;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<LongWritable, Text>> lines) {
        JsonLinesItemReader reader = new JsonLinesItemReader(Clock.fixed(batchTime, ZoneOffset.UTC));
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    Tuple2<LongWritable, Text> line = lines.next();
                    String text = line._2().toString();
                    if (!JsonLinesItemReader.isBlank(text)) {
                        next = read(reader, text, "offset " + line._1().get());
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    private Row read(JsonLinesItemReader reader, String line, String position) {
        try {
            return BatchRecord.ofItem(ItemTable.toRow(reader.read(line, file, position), file));
        } catch (BadInputException e) {
            return BatchRecord.ofProblem(ProblemTable.toRow("collect", e));
        } catch (RuntimeException e) {
            return BatchRecord.ofProblem(ProblemTable.toRow("collect",
                    new BadInputException(file, position, "cannot read item: " + e, e)));
        }
    }
}
