package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Finds organisations the alias table does not know by their initialism: a word of three to six capital letters
 * ("HRWP", "EFSC") that spells the initials of capitalised words elsewhere in the text (a title's "(Eastern Front
 * Study Center)"; "of", "the", "and", "for" are skipped) or abbreviates the capitalised words right before it in
 * parentheses ("Human Rights Watchpoint (HRWP)") makes both the name and
 * every use of the initialism an organisation, keyed by the name's slug. Press releases and think-tank reports name
 * themselves this way. Names of military groupings and armed forces ("Eastern Military District [EMD]", "Armed Forces
 * of Ukraine (AFU)") are no organisations and are skipped ({@code gazetteer/grouping-words.tsv}). English texts only:
 * Russian posts spell out foreign states, weapon systems and job titles in capitalised words ("Соединенных Штатов
 * Америки (США)", "THAAD"), which are no organisations. Immutable and thread-safe.
 */
public final class InitialismFinder implements MentionFinder {
    private static final String GROUPINGS = "/org/frontwatch/extract/gazetteer/grouping-words.tsv";
    private static final Pattern INITIALISM = Pattern.compile("(?<![\\p{L}\\d-])\\p{Lu}{3,6}(?![\\p{L}\\d-])");
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?<![\\p{L}\\d-])\\p{Lu}[\\p{L}'-]*(?: +(?:(?:of|the|and|for) +)*\\p{Lu}[\\p{L}'-]*)+");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for");

    private static final class Bundled {
        static final InitialismFinder INSTANCE = new InitialismFinder();
    }

    private final Set<String> groupings;

    public InitialismFinder() {
        this.groupings = Set.copyOf(ResourceLines.read(GROUPINGS).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).toList());
    }

    /** The finder over the bundled word list, built on first use and shared. */
    public static InitialismFinder bundled() {
        return Bundled.INSTANCE;
    }

    @Override
    public List<Mention> find(AnalysedText analysed) {
        if (analysed.language() != Language.EN) {
            return List.of();
        }
        String text = analysed.text();
        List<Mention> found = new ArrayList<>();
        Set<String> done = new java.util.HashSet<>();
        Matcher initialism = INITIALISM.matcher(text);
        while (initialism.find()) {
            String letters = initialism.group();
            if (!done.add(letters)) {
                continue;
            }
            Matcher name = CAPITALISED.matcher(text);
            while (name.find()) {
                List<String> words = words(name.group());
                boolean defined = text.startsWith(" (" + letters + ")", name.end())
                        || text.startsWith("(" + letters + ")", name.end());
                if ((spells(words, letters) || defined && abbreviates(String.join(" ", words), letters))
                        && words.stream().noneMatch(word -> groupings.contains(word.toLowerCase(Locale.ROOT)))) {
                    String written = String.join(" ", words);
                    String key = OrganisationSlug.keyOf(written);
                    found.addAll(uses(text, name.group().substring(name.group().indexOf(words.get(0))), key));
                    found.addAll(uses(text, letters, key));
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    /** The words of a capitalised run without a leading "The" (a sentence's article, no part of the name). */
    private static List<String> words(String run) {
        List<String> words = new ArrayList<>(List.of(run.split(" +")));
        if (words.size() > 1 && words.get(0).equals("The")) {
            words.remove(0);
        }
        return words;
    }

    private static boolean spells(List<String> words, String letters) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!CONNECTORS.contains(word)) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString().equals(letters);
    }

    /**
     * Whether a short form defined in parentheses right after a name abbreviates it (Schwartz and Hearst, 2003): its
     * letters occur in the name in order, matched from the end, the first one at the start of a word ("Human Rights
     * Watchpoint (HRWP)").
     */
    private static boolean abbreviates(String name, String letters) {
        String lower = name.toLowerCase(Locale.ROOT);
        String shortForm = letters.toLowerCase(Locale.ROOT);
        int at = lower.length() - 1;
        for (int k = shortForm.length() - 1; k >= 0; k--) {
            char c = shortForm.charAt(k);
            while (at >= 0 && (lower.charAt(at) != c
                    || k == 0 && at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1)))) {
                at--;
            }
            if (at < 0) {
                return false;
            }
            at--;
        }
        return true;
    }

    /** Every word-bounded use of {@code written} in the text, as the organisation {@code key}. */
    private static List<Mention> uses(String text, String written, String key) {
        List<Mention> uses = new ArrayList<>();
        Matcher use = Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(written) + "(?![\\p{L}\\d-])")
                .matcher(text);
        while (use.find()) {
            uses.add(mention(text, use.start(), use.end(), key));
        }
        return uses;
    }

    private static Mention mention(String text, int start, int end, String key) {
        Span span = new Span(start, end);
        return Mention.of(MentionType.ORG, span.of(text), span, key);
    }
}
