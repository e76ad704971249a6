package org.frontwatch.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontwatch.extract.LexiconFile;

/**
 * Named groups of words ({@code cue-groups.tsv}) that a cue or a rule may require in a sentence's context: who
 * appeals, who threatens, soldiers. A row whose word is {@code @name} takes in every word of a group defined above it.
 * Immutable once read, thread-safe.
 */
final class CueGroups {
    private final Map<String, CueWordSet> groups = new HashMap<>();

    CueGroups(String resource) {
        Map<String, List<CueWord>> written = new HashMap<>();
        LexiconFile file = LexiconFile.read(resource);
        for (LexiconFile.Row row : file.rows()) {
            List<CueWord> group = written.computeIfAbsent(row.cell(0), g -> new ArrayList<>());
            if (row.cell(1).startsWith("@")) {
                List<CueWord> included = written.get(row.cell(1).substring(1));
                if (included == null) {
                    throw file.badRow(row, "unknown cue group " + row.cell(1) + " (define it above)");
                }
                group.addAll(included);
            } else {
                group.add(CueWord.parse(row.cell(1)));
            }
        }
        written.forEach((name, words) -> groups.put(name, CueWordSet.of(words)));
    }

    boolean contains(String name) {
        return groups.containsKey(name);
    }

    /** Whether a word of group {@code name} is among {@code forms} (each word's normal form and lemmas). */
    boolean anyIn(String name, List<List<String>> forms) {
        CueWordSet group = groups.get(name);
        for (List<String> word : forms) {
            if (group.matches(word)) {
                return true;
            }
        }
        return false;
    }
}
