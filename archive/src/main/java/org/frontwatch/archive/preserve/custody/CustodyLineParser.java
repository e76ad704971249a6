package org.frontwatch.archive.preserve.custody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads one custody line back into an entry, insisting on exactly the fields the hash rule names. */
final class CustodyLineParser {
    private static final List<String> FIELDS =
            List.of("seq", "time", "actor", "action", "subject", "detail", "prev", "hash");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CustodyLineParser() {
    }

    /** The entry on {@code line}; an {@link IllegalArgumentException} says what is wrong with it. */
    static CustodyEntry parse(String line) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        List<String> names = iteratorToList(root.fieldNames());
        if (!names.equals(FIELDS)) {
            throw new IllegalArgumentException("fields must be " + FIELDS + ", found " + names);
        }
        JsonNode seq = root.get("seq");
        if (!seq.isIntegralNumber()) {
            throw new IllegalArgumentException("seq is not an integer: " + seq);
        }
        JsonNode detailNode = root.get("detail");
        if (!detailNode.isObject()) {
            throw new IllegalArgumentException("detail is not an object: " + detailNode);
        }
        Map<String, String> detail = new TreeMap<>();
        detailNode.properties().forEach(field -> detail.put(field.getKey(), text(field.getValue(),
                "detail." + field.getKey())));
        try {
            return new CustodyEntry(seq.asLong(), Instant.parse(text(root.get("time"), "time")),
                    text(root.get("actor"), "actor"), text(root.get("action"), "action"),
                    text(root.get("subject"), "subject"), new TreeMap<>(detail), text(root.get("prev"), "prev"),
                    text(root.get("hash"), "hash"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time is not an ISO-8601 instant: " + root.get("time"));
        }
    }

    private static String text(JsonNode node, String name) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException(name + " is not a string: " + node);
        }
        return node.textValue();
    }

    private static List<String> iteratorToList(Iterator<String> names) {
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
