package org.frontwatch.spark.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontwatch.model.BadInputException;

/**
 * The templates and slot values of {@code message-templates.tsv}, by language, loaded once.
 *
 * @param templates language code → message templates with {@code {slot}} placeholders
 * @param slots     language code → slot name → values
 */
record MessageTemplates(Map<String, List<String>> templates, Map<String, Map<String, List<String>>> slots) {
    private static final String RESOURCE = "message-templates.tsv";
    private static final MessageTemplates BUNDLED = load();

    static MessageTemplates bundled() {
        return BUNDLED;
    }

    List<String> languages() {
        return List.copyOf(templates.keySet());
    }

    private static MessageTemplates load() {
        Map<String, List<String>> templates = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> slots = new LinkedHashMap<>();
        try (InputStream in = MessageTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the class path: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields[0].equals("template") && fields.length == 3) {
                    templates.computeIfAbsent(fields[1], k -> new ArrayList<>()).add(fields[2]);
                } else if (fields[0].equals("slot") && fields.length == 4) {
                    slots.computeIfAbsent(fields[1], k -> new LinkedHashMap<>())
                            .computeIfAbsent(fields[2], k -> new ArrayList<>()).add(fields[3]);
                } else {
                    throw new BadInputException(RESOURCE, "line " + number,
                            "expected template<TAB>lang<TAB>text or slot<TAB>lang<TAB>name<TAB>value");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new MessageTemplates(templates, slots);
    }
}
