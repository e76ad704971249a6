package org.frontwatch.extract.mention;

import java.util.List;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;

/**
 * The dictionary form of a Russian or Ukrainian name met in an oblique case ("рассказали «Полярному курьеру»",
 * "по подсчёту «Южного берега»", "журналістам «Курсу Прикарпаття»"): the adjectives before the head noun and the head
 * noun take their lemmas, the adjectives agreeing with the noun's gender ("Сибирской ленте" → "сибирская лента"), and
 * the words after the head stay as written, since a genitive attribute does not inflect with the name ("Хроніці тилу"
 * → "хроніка тилу"). A word with several lemmas takes a noun's or adjective's, not a verb's ("берегу" is "берег", not
 * "беречь"). Stateless.
 */
final class NominativeName {
    private static final List<String> ADJECTIVE_LEMMA_ENDINGS = List.of("ый", "ий", "ой", "ій", "їй");
    private static final List<String> VERB_ENDINGS = List.of("ть", "ти", "чь", "ться", "тися", "тись");

    private NominativeName() {
    }

    /**
     * The name the {@code words} spell (words and the punctuation between them, as tokens), in the nominative;
     * {@code ukrainian} whether to agree adjectives the Ukrainian way.
     */
    static String of(List<Token> words, boolean ukrainian) {
        StringBuilder name = new StringBuilder();
        int headAt = -1;
        String[] forms = new String[words.size()];
        for (int k = 0; k < words.size(); k++) {
            Token word = words.get(k);
            if (word.kind() != TokenKind.WORD || headAt >= 0) {
                forms[k] = word.text();
                continue;
            }
            String lemma = lemmaOf(word);
            forms[k] = lemma;
            if (!isAdjective(lemma)) {
                headAt = k;
            }
        }
        if (headAt > 0) {
            String head = forms[headAt];
            for (int k = 0; k < headAt; k++) {
                if (words.get(k).kind() == TokenKind.WORD && isAdjective(forms[k])) {
                    forms[k] = agreeing(forms[k], head, ukrainian);
                }
            }
        }
        for (int k = 0; k < words.size(); k++) {
            boolean joined = name.length() == 0 || name.charAt(name.length() - 1) == '-'
                    || words.get(k).kind() != TokenKind.WORD;
            name.append(joined ? "" : " ").append(forms[k]);
        }
        return name.toString().strip();
    }

    private static String lemmaOf(Token word) {
        String surface = word.folded();
        String best = null;
        int bestShared = -1;
        for (String lemma : word.foldedLemmas()) {
            if (VERB_ENDINGS.stream().anyMatch(lemma::endsWith)) {
                continue;
            }
            int shared = 0;
            while (shared < Math.min(lemma.length(), surface.length()) && lemma.charAt(shared) == surface.charAt(shared)) {
                shared++;
            }
            if (shared > bestShared) {
                best = lemma;
                bestShared = shared;
            }
        }
        return best == null ? word.folded() : best;
    }

    private static boolean isAdjective(String lemma) {
        return lemma.length() > 3 && ADJECTIVE_LEMMA_ENDINGS.stream().anyMatch(lemma::endsWith);
    }

    /**
     * The adjective lemma (masculine) in the gender of {@code noun}: feminine after -а/-я, neuter after -о/-е and the
     * Ukrainian neuter -ття/-ння/-лля. Soft adjectives are Russian -ний ("верхний" → "верхняя") and Ukrainian -ній.
     */
    private static String agreeing(String adjective, String noun, boolean ukrainian) {
        String stem = adjective.substring(0, adjective.length() - 2);
        boolean soft = ukrainian ? adjective.endsWith("ій") : adjective.endsWith("ний");
        boolean neuterInYa = noun.endsWith("ття") || noun.endsWith("ння") || noun.endsWith("лля");
        if (noun.endsWith("а") || noun.endsWith("я") && !neuterInYa) {
            return ukrainian ? stem + (soft ? "я" : "а") : stem + (soft ? "яя" : "ая");
        }
        if (noun.endsWith("о") || noun.endsWith("е") || neuterInYa) {
            return ukrainian ? stem + (soft ? "є" : "е") : stem + (soft ? "ее" : "ое");
        }
        return adjective;
    }
}
