package org.frontwatch.bench.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Span;

/**
 * One document of factRuEval-2016: {@code book_N.txt} and its gold objects from {@code book_N.objects} (object id,
 * type, span ids) and {@code book_N.spans} (span id, type, start, length in characters). An object's extent runs
 * from its first span's start to its last span's end. Location and LocOrg objects are scored as LOC, Org objects as
 * ORG (the usual reading of the task, as in natasha/naeval); Person, Project and Facility are not scored.
 */
record FactRuEvalDocument(String name, String text, List<GoldEntity> gold) {
    static FactRuEvalDocument read(Path directory, String name) {
        Path textFile = directory.resolve(name + ".txt");
        try {
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            Map<String, Span> spans = new HashMap<>();
            int lineNumber = 0;
            for (String line : Files.readAllLines(directory.resolve(name + ".spans"), StandardCharsets.UTF_8)) {
                lineNumber++;
                String[] f = line.split("#")[0].trim().split("\\s+");
                if (f.length < 4) {
                    continue;
                }
                try {
                    int start = Integer.parseInt(f[2]);
                    spans.put(f[0], new Span(start, start + Integer.parseInt(f[3])));
                } catch (NumberFormatException e) {
                    throw new BadInputException(name + ".spans", "line " + lineNumber, "not a span: " + line);
                }
            }
            List<GoldEntity> gold = new ArrayList<>();
            for (String line : Files.readAllLines(directory.resolve(name + ".objects"), StandardCharsets.UTF_8)) {
                String[] f = line.split("#")[0].trim().split("\\s+");
                if (f.length < 3) {
                    continue;
                }
                String kind = switch (f[1]) {
                    case "Location", "LocOrg" -> "LOC";
                    case "Org" -> "ORG";
                    default -> "";
                };
                if (kind.isEmpty()) {
                    continue;
                }
                int start = Integer.MAX_VALUE;
                int end = 0;
                for (int i = 2; i < f.length; i++) {
                    Span span = spans.get(f[i]);
                    if (span != null) {
                        start = Math.min(start, span.start());
                        end = Math.max(end, span.end());
                    }
                }
                if (end > start && end <= text.length()) {
                    Span extent = new Span(start, end);
                    gold.add(new GoldEntity(kind, extent, extent.of(text)));
                }
            }
            return new FactRuEvalDocument(name, text, List.copyOf(gold));
        } catch (IOException e) {
            throw new BadInputException(textFile.toString(), "", "cannot read factRuEval document: " + e.getMessage(),
                    e);
        }
    }
}
