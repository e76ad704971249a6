package org.frontwatch.extract.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.Token;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;

/**
 * What the event rules read in each sentence of one text, each reading made once however many rules and sentences
 * ask for it: the words without names and their forms (where cues are matched), the forms of the words with names
 * (a sentence's context), whether a cue group occurs among them, and the origin, location and places the sentence
 * names. A rule asks about the sentence before or the headline as often as about its own, and the text's origin reads
 * every sentence again. Made for one text and thrown away after it; not thread-safe.
 */
final class SentenceReadings {
    /** The cue groups of soldiers, which a numbered unit in the sentence stands for. */
    private static final Set<String> UNIT_GROUPS = Set.of("soldiers", "military");
    private final AnalysedText text;
    private final List<Mention> mentions;
    private final CueGroups groups;
    private final OriginRules origins;
    private final List<List<Token>> wordsWithoutNames;
    private final List<List<List<String>>> formsWithoutNames;
    private final List<List<List<String>>> formsWithNames;
    private final List<Map<String, Boolean>> groupsFound;
    private final List<OriginRules.SentencePlaces> places;

    SentenceReadings(AnalysedText text, List<Mention> mentions, CueGroups groups, OriginRules origins) {
        this.text = text;
        this.mentions = mentions;
        this.groups = groups;
        this.origins = origins;
        int size = text.sentences().size();
        this.wordsWithoutNames = new ArrayList<>(Collections.nCopies(size, null));
        this.formsWithoutNames = new ArrayList<>(Collections.nCopies(size, null));
        this.formsWithNames = new ArrayList<>(Collections.nCopies(size, null));
        this.groupsFound = new ArrayList<>(Collections.nCopies(size, null));
        this.places = new ArrayList<>(Collections.nCopies(size, null));
    }

    /** The words of sentence {@code s} that cues are matched against ({@link SentenceWords#withoutNames}). */
    List<Token> wordsWithoutNames(int s) {
        List<Token> words = wordsWithoutNames.get(s);
        if (words == null) {
            words = SentenceWords.withoutNames(text.text(), text.sentences().get(s), mentions);
            wordsWithoutNames.set(s, words);
        }
        return words;
    }

    /** The forms ({@link CueWord#forms}) of {@link #wordsWithoutNames}. */
    List<List<String>> formsWithoutNames(int s) {
        List<List<String>> forms = formsWithoutNames.get(s);
        if (forms == null) {
            forms = wordsWithoutNames(s).stream().map(CueWord::forms).toList();
            formsWithoutNames.set(s, forms);
        }
        return forms;
    }

    /** The forms of the words of sentence {@code s}, names included ({@link SentenceWords#withNames}). */
    List<List<String>> formsWithNames(int s) {
        List<List<String>> forms = formsWithNames.get(s);
        if (forms == null) {
            forms = SentenceWords.withNames(text.text(), text.sentences().get(s)).stream().map(CueWord::forms)
                    .toList();
            formsWithNames.set(s, forms);
        }
        return forms;
    }

    /** Whether sentence {@code sentence} names a unit ("уроженец Ташанты, служивший в в/ч 41659"). */
    private boolean namesUnit(Sentence sentence) {
        for (Mention mention : mentions) {
            if (mention.type() == MentionType.UNIT && sentence.span().contains(mention.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of cue group {@code group} is among the words of sentence {@code s}, names included; a unit the
     * sentence names is soldiers ({@link #UNIT_GROUPS}).
     */
    boolean hasGroup(int s, String group) {
        Map<String, Boolean> found = groupsFound.get(s);
        if (found == null) {
            found = new HashMap<>();
            groupsFound.set(s, found);
        }
        Boolean known = found.get(group);
        if (known == null) {
            known = groups.anyIn(group, formsWithNames(s))
                    || UNIT_GROUPS.contains(group) && namesUnit(text.sentences().get(s));
            found.put(group, known);
        }
        return known;
    }

    /** The origin, location and places sentence {@code s} names ({@link OriginRules#placesIn}). */
    OriginRules.SentencePlaces places(int s) {
        OriginRules.SentencePlaces named = places.get(s);
        if (named == null) {
            named = origins.placesIn(text.text(), text.sentences().get(s), mentions);
            places.set(s, named);
        }
        return named;
    }
}
