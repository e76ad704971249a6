package org.frontwatch.extract.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;

/**
 * The attribution cues of {@code attribution.tsv} ("according to", "said", "по данным", "за даними") with the side
 * their claimant stands on, and the verbs of saying any finite form of which is a cue ("рассказывает", "згадує").
 * Split from {@link ClaimFinder}, which reads the claimants around the cues. Immutable once read.
 */
final class AttributionCues {
    /**
     * Endings of the forms of a verb that name no speaker: Russian infinitives ("рассказать", "жаловаться"), Ukrainian
     * infinitives ("розповісти", "скаржитися"), gerunds ("рассказывая", "розповідаючи", "сказав" is Ukrainian past
     * and stays), participles ("рассказавший", "сказано", "повідомлений").
     */
    private static final Pattern NOT_FINITE = Pattern.compile(
            "\\p{L}*(?:ть|ти|тися|тись|чь|ючи|учи|ачи|ячи|ая|яя|вши|вшись|вш\\p{L}{2,3}|[ую]щ\\p{L}{2,3}"
                    + "|[ая]щ\\p{L}{2,3}|нн\\p{L}{1,3}|но|то|ний|на|ні|не)");

    /** How many words after a verb of complaining what was said may begin ("скаржиться матері, що …"). */
    private static final int SAID_WITHIN = 4;
    private static final Set<String> DASHES = Set.of("—", "–", "-");

    /** The claimant words; its complementizers ("что", "що", "that") open what a verb of complaining says. */
    private final ClaimantWords vocabulary;
    private final List<Cue> cues;
    /** The first word of every cue: a token that is none of them starts no cue (checked before trying each). */
    private final Set<String> firstWords = new HashSet<>();
    /**
     * Lemmas of verbs of saying ("рассказывать", "вспоминать", "розповідати", "згадувати"): any finite form of one
     * is a cue with the claimant on either side ("— рассказывает Алексей", "Олексій згадує").
     */
    private final Set<String> speechLemmas = new HashSet<>();
    /**
     * Lemmas of verbs of complaining ("жаловаться", "скаржитися"): followed by "на" they name what is complained of
     * ("родина скаржиться на побиття"), not a statement.
     */
    private final Set<String> complaintLemmas = new HashSet<>();

    /**
     * Where a cue's claimant stands: after it ("according to X"), before it ("X estimates"), either, or nowhere —
     * {@code REFERENCE} cues ("по его словам", "за її даними") name the claimant of an earlier sentence.
     */
    enum Side { AFTER, BEFORE, EITHER, REFERENCE }

    /** A cue: its lowercase words and the side its claimant stands on. */
    record Cue(Side side, List<String> words) {
        /** Whether the tokens from {@code at} on are this cue's words. */
        boolean matchesAt(List<Token> tokens, int at) {
            if (at + words.size() > tokens.size()) {
                return false;
            }
            for (int k = 0; k < words.size(); k++) {
                if (!tokens.get(at + k).lowercase().equals(words.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    AttributionCues(String resource, ClaimantWords vocabulary) {
        this.vocabulary = vocabulary;
        List<Cue> read = new ArrayList<>();
        LexiconFile file = LexiconFile.read(resource);
        for (LexiconFile.Row row : file.rows()) {
            if (row.cell(0).equals("speech") || row.cell(0).equals("complaint")) {
                speechLemmas.add(row.cell(1));
                if (row.cell(0).equals("complaint")) {
                    complaintLemmas.add(row.cell(1));
                }
                continue;
            }
            Side side;
            try {
                side = Side.valueOf(row.cell(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw file.badRow(row, "unknown side " + row.cell(0));
            }
            read.add(new Cue(side, Arrays.asList(row.cell(1).split(" "))));
            firstWords.add(read.get(read.size() - 1).words().get(0));
        }
        cues = List.copyOf(read);
    }

    /** Whether the lowercase word is the first word of a cue of the lexicon. */
    boolean opensCue(String lowercase) {
        return firstWords.contains(lowercase);
    }

    /**
     * The cues that may start at {@code token}: every cue of the lexicon when it is the first word of one (each still
     * to be matched), a cue with the claimant on either side when it is a finite verb of saying, else none.
     */
    List<Cue> startingAt(Token token) {
        if (opensCue(token.lowercase())) {
            return cues;
        }
        return saysInFiniteForm(token) ? List.of(new Cue(Side.EITHER, List.of(token.lowercase()))) : List.of();
    }

    /**
     * Whether the verb at {@code at} complains of something rather than says it: a verb of complaining is a statement
     * only where what is said follows ("скаржиться матері, що …", "жалуется: …") or a quotation closes before it
     * ("», — жалуется мать"); else it names what is complained of ("родина скаржиться на побиття", "на що скаржаться
     * мобілізовані").
     */
    boolean complainsOf(List<Token> tokens, int at) {
        if (tokens.get(at).lemmas().stream().noneMatch(complaintLemmas::contains)
                || at > 0 && DASHES.contains(tokens.get(at - 1).text())) {
            return false;
        }
        for (int k = at + 1; k < Math.min(tokens.size(), at + 1 + SAID_WITHIN); k++) {
            String word = tokens.get(k).lowercase();
            if (word.equals(":") || vocabulary.is("complementizer", word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code token} is a finite form of a verb of saying: a lemma of {@link #speechLemmas}, and not an
     * infinitive, gerund or participle ("отказался рассказать", "рассказывая", "сказано в сообщении" name no speaker).
     */
    private boolean saysInFiniteForm(Token token) {
        if (token.kind() != TokenKind.WORD || token.lemmas().stream().noneMatch(speechLemmas::contains)) {
            return false;
        }
        String word = token.lowercase();
        if (word.endsWith("ться")) {
            // Russian "жаловаться" is an infinitive, its own lemma; Ukrainian "скаржиться", "обурюється" are the
            // third person of "скаржитися", "обурюватися"
            return !token.lemmas().contains(word);
        }
        return !NOT_FINITE.matcher(word).matches();
    }
}
