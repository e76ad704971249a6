package org.frontwatch.extract.mention;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontwatch.model.Language;

/**
 * The {@code org:} key of an organisation the alias table does not know, from its name as written: Latin names
 * lower-cased ("Kursk Without Filter" → {@code org:kursk-without-filter}), Cyrillic names romanised the way English
 * reporting spells such names. A name with Ukrainian letters (і, ї, є, ґ, ʼ) follows Ukraine's official
 * transliteration of 2010 ("Буковинський вісник" → {@code bukovynskyi-visnyk}, "Громадське радіо Півдня" →
 * {@code hromadske-radio-pivdnia}: г as h, и as y, й as i, я as ia inside a word); any other Cyrillic name follows a
 * simplified BGN/PCGN for Russian ("Сурский вестник" → {@code sursky-vestnik}, "Сибирская лента" →
 * {@code sibirskaya-lenta}, "Окопный реестр" → {@code okopny-reyestr}: -ий and -ый as -y, е as ye after a vowel or
 * at the start of a word, й as i inside a word, "край" as krai). Names of Russian outlets are often quoted unchanged
 * in Ukrainian texts, so the letters of the name, not the language of the text around it, decide. "Онлайн" is written
 * online ("Кузнецкий край онлайн" → {@code kuznetsky-krai-online}).
 */
final class OrganisationSlug {
    private static final Map<Character, String> COMMON = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('д', "d"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ё', "yo"), Map.entry('і', "i"), Map.entry('ґ', "g"), Map.entry('’', ""), Map.entry('\'', ""),
            Map.entry('ʼ', ""));
    /** Ukrainian letters written one way at the start of a word and another inside it (2010 transliteration). */
    private static final Map<Character, String[]> UKRAINIAN_IOTATED = Map.of('є', new String[] {"ye", "ie"},
            'ї', new String[] {"yi", "i"}, 'й', new String[] {"y", "i"}, 'ю', new String[] {"yu", "iu"},
            'я', new String[] {"ya", "ia"});
    /** The English word names borrow as "онлайн" ("Якутск Онлайн" → {@code yakutsk-online}), spelled as in English. */
    private static final Pattern ONLINE = Pattern.compile("(?<!\\p{L})онлайн(?!\\p{L})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String VOWELS = "аеёиоуыэюяіїє";
    /** Endings only Russian words have ("Донбасский вестовой", "Новая газета"), where Ukrainian has -ський, -ий, -а. */
    private static final Pattern RUSSIAN_ENDINGS = Pattern.compile(
            "(?<![ьі])ск(ий|ой|ая|ое|ие|их)(?!\\p{L})|ой(?!\\p{L})|(?<=\\p{L})(ая|яя|ое|ее)(?!\\p{L})",
            Pattern.UNICODE_CHARACTER_CLASS);

    private OrganisationSlug() {
    }

    /** {@code org:<slug>} for {@code name}. */
    static String keyOf(String name) {
        return keyOf(name, false);
    }

    /**
     * {@code org:<slug>} for {@code name} found in a text of {@code language}: a Cyrillic name whose letters are
     * neither only Ukrainian (і, ї, є, ґ) nor only Russian (ы, э, ъ, ё, or a Russian ending: -ский, -ой, -ая, -ое) is taken as Ukrainian in a Ukrainian text
     * ("Курс Прикарпаття" → {@code kurs-prykarpattia}).
     */
    static String keyOf(String name, Language language) {
        return keyOf(name, readsAsUkrainian(name, language));
    }

    /**
     * Whether {@code name}, found in a text of {@code language}, is romanised as Ukrainian: it has Ukrainian letters,
     * or it stands in a Ukrainian text without Russian letters or endings.
     */
    static boolean readsAsUkrainian(String name, Language language) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean russianLetters = lower.chars().anyMatch(c -> "ыэъё".indexOf(c) >= 0)
                || RUSSIAN_ENDINGS.matcher(lower).find();
        return language == Language.UK && !russianLetters || hasUkrainianLetters(lower);
    }

    private static boolean hasUkrainianLetters(String lower) {
        return lower.chars().anyMatch(c -> "іїєґʼ".indexOf(c) >= 0);
    }

    private static String keyOf(String name, boolean ukrainianText) {
        String lower = ONLINE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("online");
        boolean ukrainian = ukrainianText || hasUkrainianLetters(lower);
        StringBuilder slug = new StringBuilder();
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            char before = k > 0 ? lower.charAt(k - 1) : ' ';
            slug.append(ukrainian ? ukrainianLetter(c, before) : russianLetter(lower, k, c, before));
        }
        return "org:" + slug.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
    }

    private static String ukrainianLetter(char c, char before) {
        boolean wordStart = !Character.isLetter(before) && before != '\'' && before != '’' && before != 'ʼ';
        if (UKRAINIAN_IOTATED.containsKey(c)) {
            return UKRAINIAN_IOTATED.get(c)[wordStart ? 0 : 1];
        }
        return switch (c) {
            case 'г' -> before == 'з' ? "gh" : "h";
            case 'и' -> "y";
            case 'е' -> "e";
            default -> other(c);
        };
    }

    private static String russianLetter(String lower, int k, char c, char before) {
        boolean wordEnd = isWordEnd(lower, k);
        return switch (c) {
            // "-ий" as -y ("Сурский" → sursky), like "-ый" ("Окопный" → okopny); "-ой" keeps it ("Донской" → donskoy)
            case 'и' -> k + 1 < lower.length() && lower.charAt(k + 1) == 'й' && isWordEnd(lower, k + 1) ? "" : "i";
            case 'й' -> !wordEnd ? "i" : before == 'ы' ? "" : before == 'а' || before == 'я' ? "i" : "y";
            case 'е' -> !Character.isLetter(before) || VOWELS.indexOf(before) >= 0 || before == 'ь' || before == 'ъ'
                    ? "ye" : "e";
            case 'г' -> "g";
            case 'ю' -> "yu";
            case 'я' -> "ya";
            default -> other(c);
        };
    }

    private static boolean isWordEnd(String lower, int k) {
        return k + 1 == lower.length() || !Character.isLetter(lower.charAt(k + 1));
    }

    private static String other(char c) {
        if (COMMON.containsKey(c)) {
            return COMMON.get(c);
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "-";
    }
}
