package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.frontwatch.extract.morphology.Morphology;
import org.frontwatch.extract.morphology.WordAnalysis;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Finds named persons, so that public output can redact private people. Simple and precise: the morphological
 * dictionaries are the first-name, patronymic and surname lexicons (Russian {@code Name}/{@code Patr}/{@code Fam},
 * Ukrainian {@code prop:fname}/{@code pname}/{@code lname}), and only combinations count — first name with surname
 * or patronymic ("Сергей Иванов", "Іваном Петровичем"), surname with first name ("Иванов Сергей Петрович"), initials
 * with a capitalised word ("В. В. Путин"), and in English a title before capitalised words ("Colonel Ivan Petrov",
 * "Mr. Smith"; "General Staff" is not a person). A lone first name or surname is not enough. The key is {@code person:} and the lowercase lemmas of
 * the name joined by hyphens, so that inflected forms share it ("Сергея Иванова" → {@code person:сергей-иванов}).
 * Immutable and thread-safe.
 */
public final class PersonFinder implements MentionFinder {
    private static final class Bundled {
        static final PersonFinder INSTANCE = new PersonFinder(Morphology.bundled(), OrganisationFinder.bundled());
    }

    private enum Role { FIRST, PATRONYMIC, SURNAME, INITIAL, OTHER_CAPITALISED, NONE }

    private final Morphology morphology;
    private final ContextWords words = ContextWords.bundled();
    private final OrganisationFinder organisations;

    public PersonFinder(Morphology morphology, OrganisationFinder organisations) {
        this.morphology = morphology;
        this.organisations = organisations;
    }

    private static boolean insideOrganisation(List<Mention> organisations, Span span) {
        return organisations.stream().anyMatch(m -> m.span().overlaps(span));
    }

    public static PersonFinder bundled() {
        return Bundled.INSTANCE;
    }

    @Override
    public List<Mention> find(AnalysedText text) {
        List<Mention> mentions = new ArrayList<>();
        List<Mention> organisations = this.organisations.find(text);
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int end = nameEnd(tokens, i, text.language());
                if (end > i && !insideOrganisation(organisations, tokens.get(i).span())) {
                    // the title is not part of the name: "Colonel" stays, "Ivan Petrov" is redacted
                    int start = isTitle(tokens, i) ? titleEnd(tokens, i) : i;
                    Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
                    mentions.add(Mention.of(MentionType.PERSON, span.of(text.text()), span,
                            key(tokens, start, end, text.language())));
                    i = end;
                } else {
                    i++;
                }
            }
        }
        return List.copyOf(mentions);
    }

    /** The end of a personal name starting at token {@code i}, or {@code i} when none starts there. */
    private int nameEnd(List<Token> tokens, int i, Language language) {
        if (isTitle(tokens, i)) {
            int start = titleEnd(tokens, i);
            int end = start;
            while (end < tokens.size() && end - start < 3 && isCapitalisedWord(tokens.get(end))) {
                end++;
            }
            // "Mr. Smith" is a name; "General Staff" is not, so other titles need two words after them
            int needed = words.contains("person-honorific", tokens.get(i).text()) ? 1 : 2;
            return end - start >= needed ? end : i;
        }
        Role first = role(tokens, i, language);
        if (first == Role.INITIAL) {
            int k = i;
            while (k < tokens.size() && role(tokens, k, language) == Role.INITIAL) {
                k += 2;
            }
            return k < tokens.size() && isCapitalisedWord(tokens.get(k)) ? k + 1 : i;
        }
        Role second = role(tokens, i + 1, language);
        Role third = role(tokens, i + 2, language);
        if (first == Role.FIRST) {
            if (second == Role.PATRONYMIC) {
                return third == Role.SURNAME || third == Role.OTHER_CAPITALISED ? i + 3 : i + 2;
            }
            if (second == Role.SURNAME || second == Role.OTHER_CAPITALISED && language == Language.EN) {
                return i + 2;
            }
            if (second == Role.OTHER_CAPITALISED && isCyrillic(tokens.get(i + 1).text())) {
                return i + 2;
            }
        }
        if (first == Role.SURNAME && second == Role.FIRST) {
            return third == Role.PATRONYMIC ? i + 3 : i + 2;
        }
        return i;
    }

    private Role role(List<Token> tokens, int i, Language language) {
        if (i >= tokens.size()) {
            return Role.NONE;
        }
        Token token = tokens.get(i);
        String text = token.text();
        if (token.kind() != TokenKind.WORD || !Character.isUpperCase(text.codePointAt(0))) {
            return Role.NONE;
        }
        if (text.codePointCount(0, text.length()) == 1) {
            boolean dotted = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")
                    && tokens.get(i + 1).span().start() == token.span().end();
            return dotted ? Role.INITIAL : Role.NONE;
        }
        if (text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT))) {
            return Role.NONE;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean first = false;
        boolean firstAsWritten = false;
        boolean patronymic = false;
        boolean surname = false;
        boolean surnameAsWritten = false;
        boolean geographic = false;
        for (WordAnalysis analysis : analyses(text, language)) {
            String tag = analysis.tag();
            boolean asWritten = analysis.lemma().equals(lower);
            if (tag.contains(":Name") || tag.contains("prop:fname")) {
                first = true;
                firstAsWritten |= asWritten;
            }
            patronymic |= tag.contains(":Patr") || tag.contains("prop:pname");
            if (tag.contains(":Fam") || tag.contains("prop:lname")) {
                surname = true;
                surnameAsWritten |= asWritten;
            }
            geographic |= tag.contains("prop:geo");
        }
        // "Иванов" is a surname as written, and only by accident a form of Иван
        if (surnameAsWritten && !firstAsWritten) {
            return Role.SURNAME;
        }
        if (patronymic) {
            return Role.PATRONYMIC;
        }
        if (first) {
            return Role.FIRST;
        }
        if (surname) {
            return Role.SURNAME;
        }
        return geographic ? Role.NONE : Role.OTHER_CAPITALISED;
    }

    private List<WordAnalysis> analyses(String word, Language language) {
        if (!isCyrillic(word)) {
            return List.of();
        }
        Language dictionary = language == Language.UK || language != Language.RU && hasUkrainianLetters(word)
                ? Language.UK : Language.RU;
        List<WordAnalysis> found = morphology.analyses(word, dictionary);
        return found.isEmpty() ? morphology.analyses(word, dictionary == Language.RU ? Language.UK : Language.RU)
                : found;
    }

    private boolean isTitle(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).kind() == TokenKind.WORD && Character.isUpperCase(
                tokens.get(i).text().codePointAt(0)) && words.contains("person-title", tokens.get(i).text());
    }

    /** Skips the title and its full stop ("Mr.", "Gen."). */
    private static int titleEnd(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".") ? i + 2 : i + 1;
    }

    private static boolean isCapitalisedWord(Token token) {
        return token.kind() == TokenKind.WORD && Character.isUpperCase(token.text().codePointAt(0))
                && !token.text().equals(token.text().toUpperCase(Locale.ROOT));
    }

    private String key(List<Token> tokens, int start, int end, Language language) {
        StringJoiner slug = new StringJoiner("-", "person:", "");
        for (int k = start; k < end; k++) {
            Token token = tokens.get(k);
            if (token.kind() != TokenKind.WORD || isTitle(tokens, k)) {
                continue;
            }
            slug.add(nameLemma(token, language));
        }
        return slug.toString();
    }

    /** The lemma of the reading that is a name ("Путина" → путин, not путина the fishing season). */
    private String nameLemma(Token token, Language language) {
        for (WordAnalysis analysis : analyses(token.text(), language)) {
            if (analysis.isPersonalName()) {
                return analysis.lemma().replace('ё', 'е');
            }
        }
        return token.text().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static boolean isCyrillic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean hasUkrainianLetters(String word) {
        return word.chars().anyMatch(c -> "іїєґІЇЄҐ".indexOf(c) >= 0);
    }
}
