package org.frontwatch.extract.mention;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code org:} key of an organisation the alias table does not know, from its name as written: Latin names
 * lower-cased ("Kursk Without Filter" → {@code org:kursk-without-filter}), Cyrillic names romanised the way the gold
 * set spells them, Russian by default ("Окопный реестр" → {@code okopny-reyestr}) and Ukrainian when the name has
 * Ukrainian letters ("Окопний реєстр" → {@code okopny-reyestr}: г as h, и as y). Names of Russian outlets are often
 * quoted unchanged in Ukrainian texts, so the language of the text around a name does not decide.
 */
final class OrganisationSlug {
    private static final Map<Character, String> COMMON = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('д', "d"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ё', "yo"), Map.entry('і', "i"), Map.entry('ї', "yi"),
            Map.entry('є', "ye"), Map.entry('ґ', "g"), Map.entry('’', ""), Map.entry('\'', ""), Map.entry('ʼ', ""));
    private static final String VOWELS = "аеёиоуыэюяіїє";

    private OrganisationSlug() {
    }

    /** {@code org:<slug>} for {@code name}. */
    static String keyOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean ukrainian = lower.chars().anyMatch(c -> "іїєґʼ".indexOf(c) >= 0);
        StringBuilder slug = new StringBuilder();
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            boolean wordEnd = k + 1 == lower.length() || !Character.isLetter(lower.charAt(k + 1));
            char before = k > 0 ? lower.charAt(k - 1) : ' ';
            if (c == 'й') {
                boolean afterY = before == 'ы' || ukrainian && before == 'и';
                slug.append(wordEnd ? (afterY ? "" : "y") : "i");
            } else if (c == 'е') {
                slug.append(!Character.isLetter(before) || VOWELS.indexOf(before) >= 0 ? "ye" : "e");
            } else if (c == 'г') {
                slug.append(ukrainian ? "h" : "g");
            } else if (c == 'и') {
                slug.append(ukrainian ? "y" : "i");
            } else if (COMMON.containsKey(c)) {
                slug.append(COMMON.get(c));
            } else if (Character.isLetterOrDigit(c)) {
                slug.append(c);
            } else {
                slug.append('-');
            }
        }
        return "org:" + slug.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
    }
}
