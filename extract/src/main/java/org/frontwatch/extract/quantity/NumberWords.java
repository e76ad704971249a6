package org.frontwatch.extract.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontwatch.extract.LexiconFile;

/**
 * Reads numbers written as words ("two thousand", "тысяча", "півтори сотні", "hundreds", "several hundred") from
 * {@code number-words.tsv}. Immutable and thread-safe.
 */
final class NumberWords {
    private final Map<String, Long> values = new HashMap<>();
    private final Map<String, Long> multipliers = new HashMap<>();
    private final Map<String, Long> vague = new HashMap<>();
    private final Map<String, Long> halves = new HashMap<>();
    private final Map<String, Long> several = new HashMap<>();

    /** A number read from words: low and high (equal unless vague or "several"), open high when vague. */
    record Amount(long low, Optional<Long> high, int next, boolean scaled) {
    }

    NumberWords(String resource) {
        LexiconFile file = LexiconFile.read(resource);
        for (LexiconFile.Row row : file.rows()) {
            Map<String, Long> target = switch (row.cell(0)) {
                case "value" -> values;
                case "multiplier" -> multipliers;
                case "vague" -> vague;
                case "half" -> halves;
                case "several" -> several;
                default -> throw file.badRow(row, "unknown kind " + row.cell(0));
            };
            for (String form : row.cell(2).split("\\|")) {
                target.put(form, Long.parseLong(row.cell(1)));
            }
        }
    }

    /**
     * Whether a number word after "-" or "and" adds to the one before ("twenty-five", "hundred and two") rather than
     * closing a range ("семь-восемь", "two and three").
     */
    private static boolean addsUp(long before, long after) {
        return after < before && (before >= 100 || before >= 20 && before % 10 == 0);
    }

    /** Whether the lowercase word is a plain number word ("пять", "чотири", "six"). */
    boolean isValue(String lower) {
        return values.containsKey(lower);
    }

    boolean isMultiplier(String lower) {
        return multipliers.containsKey(lower);
    }

    long multiplier(String lower) {
        return multipliers.getOrDefault(lower, 1L);
    }

    /** The number written in words from piece {@code index}, if one starts there. */
    Optional<Amount> read(List<WordScanner.Piece> pieces, int index) {
        String first = pieces.get(index).lower();
        if (vague.containsKey(first) && !(index > 0 && values.containsKey(pieces.get(index - 1).lower()))) {
            long base = vague.get(first);
            int next = index + 1;
            if (next + 1 < pieces.size() && pieces.get(next).lower().equals("of")
                    && multipliers.containsKey(pieces.get(next + 1).lower())) {
                base *= multipliers.get(pieces.get(next + 1).lower());
                next += 2;
            }
            return Optional.of(new Amount(2 * base, Optional.empty(), next, true));
        }
        if (several.containsKey(first) && index + 1 < pieces.size()
                && multipliers.containsKey(pieces.get(index + 1).lower())) {
            long base = multipliers.get(pieces.get(index + 1).lower());
            return Optional.of(new Amount(2 * base, Optional.of(9 * base), index + 2, true));
        }
        if (halves.containsKey(first) && index + 1 < pieces.size()
                && multipliers.containsKey(pieces.get(index + 1).lower())) {
            long value = multipliers.get(pieces.get(index + 1).lower()) * 3 / 2;
            return Optional.of(new Amount(value, Optional.of(value), index + 2, true));
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        boolean scaled = false;
        int position = index;
        while (position < pieces.size()) {
            String lower = pieces.get(position).lower();
            if (values.containsKey(lower)) {
                if (lower.equals("a") && !(position + 1 < pieces.size()
                        && multipliers.containsKey(pieces.get(position + 1).lower()))) {
                    break;
                }
                current += values.get(lower);
            } else if (multipliers.containsKey(lower) && !(vague.containsKey(lower) && !any)) {
                long multiplier = multipliers.get(lower);
                current = Math.max(current, 1) * multiplier;
                if (multiplier >= 1000) {
                    total += current;
                    current = 0;
                }
                scaled = true;
            } else if (any && (lower.equals("and") || lower.equals("-")) && position + 1 < pieces.size()
                    && values.containsKey(pieces.get(position + 1).lower())
                    && addsUp(current, values.get(pieces.get(position + 1).lower()))) {
                position++;
                continue;
            } else {
                break;
            }
            any = true;
            position++;
        }
        long value = total + current;
        return any && value > 0 ? Optional.of(new Amount(value, Optional.of(value), position, scaled))
                : Optional.empty();
    }
}
