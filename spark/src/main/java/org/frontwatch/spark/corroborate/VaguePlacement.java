package org.frontwatch.spark.corroborate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.frontwatch.register.corroborate.IncidentRule;
import org.frontwatch.register.corroborate.ReportFacts;
import scala.Tuple2;

/**
 * Where the register's {@code IncidentMerger} puts vague reports, decided on Spark: a component of
 * {@link IncidentLinks} made only of vague reports joins the one component of specific reports it agrees with
 * ({@link IncidentRule#sameEvent}, sharing a place, region of origin or region where it happened, within the
 * merger's reach of days), stays on its own when it agrees with none, and is left out of incidents when it agrees
 * with several. Deciding this before incidents are built keeps a vague report from bridging the components of
 * two incidents — which would hand one task a component of a whole region's reports.
 *
 * @param joins   pairs (vague component, the one specific component it joins)
 * @param leftOut the vague components that agree with several specific components
 */
record VaguePlacement(List<Tuple2<String, String>> joins, Set<String> leftOut) {
    private static final long EARLIEST = IncidentRule.VAGUE_DAYS + 2L * IncidentRule.SLACK_DAYS;
    private static final long LATEST = 2L * IncidentRule.SLACK_DAYS;

    VaguePlacement {
        joins = List.copyOf(joins);
        leftOut = Set.copyOf(leftOut);
    }

    /** The placement for {@code rows}: {@link CorroborationFacts#rows fact rows} with their {@code component}. */
    static VaguePlacement of(JavaRDD<Row> rows, int partitions) {
        JavaPairRDD<String, Tuple2<Row, Boolean>> byComponent = rows.mapToPair(row -> new Tuple2<>(
                row.getString(CorroborationFacts.COMPONENT), new Tuple2<>(row, IncidentRule.vague(CorroborationFacts.report(row)))));
        JavaPairRDD<String, Boolean> onlyVague = byComponent.mapValues(Tuple2::_2)
                .reduceByKey(Boolean::logicalAnd, partitions);
        List<Tuple2<String, Iterable<String>>> candidates = byComponent.join(onlyVague, partitions)
                .flatMapToPair(entry -> {
                    Row row = entry._2()._1()._1();
                    boolean vague = entry._2()._1()._2();
                    ReportFacts report = CorroborationFacts.report(row);
                    List<Tuple2<String, Tuple2<String, Row>>> blocks = new ArrayList<>();
                    if (report.window().isEmpty() || vague && !entry._2()._2()) {
                        return blocks.iterator();
                    }
                    Tuple2<String, Row> member = new Tuple2<>((vague ? "v" : "s") + entry._1(), row);
                    report.places().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|p|" + key, member)));
                    report.origin().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|o|" + key, member)));
                    report.location().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|l|" + key, member)));
                    return blocks.iterator();
                })
                .groupByKey(partitions)
                .flatMapToPair(block -> agreements(block._2()).iterator())
                .distinct(partitions)
                .groupByKey(partitions)
                .collect();
        List<Tuple2<String, String>> joins = new ArrayList<>();
        Set<String> leftOut = new HashSet<>();
        for (Tuple2<String, Iterable<String>> component : candidates) {
            List<String> specific = new ArrayList<>();
            component._2().forEach(specific::add);
            if (specific.size() == 1) {
                joins.add(new Tuple2<>(component._1(), specific.get(0)));
            } else {
                leftOut.add(component._1());
            }
        }
        return new VaguePlacement(joins, leftOut);
    }

    /**
     * Pairs (vague component, specific component) of one block whose reports tell the same event, each once and at
     * most two for a vague component.
     */
    private static List<Tuple2<String, String>> agreements(Iterable<Tuple2<String, Row>> members) {
        List<ReportFacts> specific = new ArrayList<>();
        List<String> specificComponents = new ArrayList<>();
        List<Tuple2<String, ReportFacts>> vague = new ArrayList<>();
        for (Tuple2<String, Row> member : members) {
            ReportFacts report = CorroborationFacts.report(member._2());
            if (member._1().startsWith("v")) {
                vague.add(new Tuple2<>(member._1().substring(1), report));
            } else {
                specific.add(report);
                specificComponents.add(member._1().substring(1));
            }
        }
        List<Tuple2<String, String>> found = new ArrayList<>();
        if (vague.isEmpty() || specific.isEmpty()) {
            return found;
        }
        // the specific components each vague component agrees with, at most two: two already leave it out, so a
        // block of thousands of reports a week gives a pair per component, not one per pair of reports (1 M messages)
        Map<String, Set<String>> agreed = new HashMap<>();
        Integer[] order = new Integer[specific.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> specific.get(i).window().orElseThrow().from()));
        for (Tuple2<String, ReportFacts> each : vague) {
            Set<String> components = agreed.computeIfAbsent(each._1(), c -> new HashSet<>());
            if (components.size() >= 2) {
                continue;
            }
            ReportFacts report = each._2();
            LocalDate earliest = report.window().orElseThrow().from().minusDays(EARLIEST);
            LocalDate latest = report.window().orElseThrow().to().plusDays(LATEST);
            for (int position = firstStartingOnOrAfter(order, specific, earliest); position < order.length;
                 position++) {
                ReportFacts other = specific.get(order[position]);
                if (other.window().orElseThrow().from().isAfter(latest)) {
                    break;
                }
                String component = specificComponents.get(order[position]);
                if (!components.contains(component) && IncidentRule.sameEvent(report, other, false)) {
                    components.add(component);
                    found.add(new Tuple2<>(each._1(), component));
                    if (components.size() >= 2) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static int firstStartingOnOrAfter(Integer[] order, List<ReportFacts> specific, LocalDate day) {
        int low = 0;
        int high = order.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (specific.get(order[middle]).window().orElseThrow().from().isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
