package org.frontwatch.spark.table;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.Figure;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Place;
import org.frontwatch.model.Span;

/**
 * The {@code mentions} table: one row per mention, flat, so that a spreadsheet or a SQL engine reads it without
 * unnesting. {@code ordinal} keeps the extractor's order within the item.
 */
public final class MentionTable {
    public static final String NAME = "mentions";

    public static final StructType SCHEMA = new StructType(new StructField[] {
        createStructField("id", StringType, false),
        createStructField("item_id", StringType, false),
        createStructField("ordinal", IntegerType, false),
        createStructField("type", StringType, false),
        createStructField("text", StringType, false),
        createStructField("start", IntegerType, false),
        createStructField("end", IntegerType, false),
        createStructField("key", StringType, false),
        createStructField("place_key", StringType, true),
        createStructField("place_name", StringType, true),
        createStructField("place_country", StringType, true),
        createStructField("place_region", StringType, true),
        createStructField("lat", DoubleType, true),
        createStructField("lon", DoubleType, true),
        createStructField("date_from", DateType, true),
        createStructField("date_to", DateType, true),
        createStructField("date_precision", StringType, true),
        createStructField("low", LongType, true),
        createStructField("high", LongType, true),
        createStructField("unit", StringType, true),
        createStructField("per", StringType, true),
    });

    private MentionTable() {
    }

    public static Row toRow(String id, String itemId, int ordinal, Mention mention) {
        Optional<Place> place = mention.place();
        Optional<DateInterval> date = mention.date();
        Optional<Figure> figure = mention.figure();
        return RowFactory.create(id, itemId, ordinal, mention.type().name(), mention.text(), mention.span().start(),
                mention.span().end(), mention.key(),
                place.map(Place::key).orElse(null), place.map(Place::name).orElse(null),
                place.map(Place::country).orElse(null), place.map(Place::region).orElse(null),
                place.map(Place::lat).orElse(null), place.map(Place::lon).orElse(null),
                date.map(DateInterval::from).orElse(null), date.map(DateInterval::to).orElse(null),
                date.map(d -> d.precision().name()).orElse(null),
                figure.map(f -> RowFields.orNull(f.low())).orElse(null),
                figure.map(f -> RowFields.orNull(f.high())).orElse(null),
                figure.map(Figure::unit).orElse(null), figure.flatMap(Figure::per).orElse(null));
    }

    public static Mention fromRow(Row row) {
        Optional<Place> place = Optional.ofNullable(row.<String>getAs("place_key"))
                .map(key -> new Place(key, row.getAs("place_name"), row.getAs("place_country"),
                        row.getAs("place_region"), row.<Double>getAs("lat"), row.<Double>getAs("lon")));
        return new Mention(MentionType.valueOf(row.getAs("type")), row.getAs("text"),
                new Span(row.<Integer>getAs("start"), row.<Integer>getAs("end")), row.getAs("key"), place,
                RowFields.interval(row), RowFields.figure(row));
    }
}
