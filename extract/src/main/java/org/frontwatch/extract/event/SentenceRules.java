package org.frontwatch.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.EventType;

/**
 * Rules over a sentence's cues ({@code sentence-rules.tsv}): a type that overrides another in the same sentence (a
 * denied appeal is no new appeal), frequency phrases that make an appeal or denial a habit rather than one event,
 * the charge of a case ("дел о мятеже"; a desertion or refusal charged is still reported), counts that make a
 * cue a summary of several events, private addressees that cancel a cue right before them (a complaint to one's
 * relatives is no public appeal), and unreal contexts that cancel a cue a few words after them: a threat, a
 * warning, a condition or "nobody" ("пригрозил им подвалом", "warned that refusal would be prosecuted", "никто нас
 * в штурмы не бросает") tells of no event of that type — except abuse and denial, which a threat or a "nobody" is;
 * referring words that may make a cue name an event told before ("the appeal", "схожі скарги"); and words that make
 * an appeal cue a leader's address ("телевизионном обращении", "обращение президента"). Found on real news posts:
 * the groups a type needs in its context (a loss needs soldiers), attack words near a remote weapon (a drone strike
 * is no assault), and words that make a type's cues tell something else (a spy "завербованный" by a secret service).
 *
 * <p>About 435 lines, over half of them the reading of the rule file into one field per rule kind; each rule is a
 * few lines. The next split moves the rules on who speaks (speaker, speech, address) to a class of their own.
 */
final class SentenceRules {
    private static final int PRIVATE_WINDOW = 2;
    /** Words before a cue that a private-before word may stand: "does not publish its own casualty figures". */
    private static final int PRIVATE_BEFORE_WINDOW = 3;
    private static final int UNREAL_WINDOW = 6;
    private static final int REFERRING_WINDOW = 2;
    private static final int CHARGE_WINDOW = 2;
    private static final int REMOTE_BEFORE = 4;
    private static final int REMOTE_AFTER = 6;
    private static final int ATTACKER_WORDS = 2;
    private static final Set<EventType> TOLD_BY_UNREAL_WORDS = Set.of(EventType.ABUSE, EventType.COUNTER_STATEMENT);

    private final Map<EventType, Set<EventType>> overrides = new HashMap<>();
    private final CuePhrases habitual;
    private final Map<EventType, CueWordSet> counts;
    private final Map<EventType, CueWordSet> summed;
    private final Map<EventType, CuePhrases> privateAddressees;
    private final CuePhrases unreal;
    private final Map<EventType, CueWordSet> referring;
    private final Map<EventType, CueWordSet> addresses;
    private final Map<EventType, CueWordSet> charges;
    private final Map<EventType, String> needed = new HashMap<>();
    private final Map<EventType, String> neededInText = new HashMap<>();
    private final Map<EventType, CueWordSet> strikes;
    private final CueWordSet remote;
    private final Map<EventType, CueWordSet> cancelling;
    private final Map<EventType, CueWordSet> cancellingNames;
    private final Map<EventType, CueWordSet> speakers;
    private final Map<EventType, CueWordSet> speeches;
    private final CueWordSet clauses;
    private final Map<EventType, String> sparedBy = new HashMap<>();
    private final CueWordSet civilians;
    private final CueWordSet attacks;
    private final Map<EventType, CueWordSet> privateBefore;
    private final CueWordSet relatives;
    private final CueWordSet naming;

    SentenceRules(String resource) {
        List<List<CueWord>> habitual = new ArrayList<>();
        Map<EventType, List<CueWord>> counts = new HashMap<>();
        Map<EventType, List<CueWord>> summed = new HashMap<>();
        Map<EventType, List<List<CueWord>>> privateAddressees = new HashMap<>();
        List<List<CueWord>> unreal = new ArrayList<>();
        Map<EventType, List<CueWord>> referring = new HashMap<>();
        Map<EventType, List<CueWord>> addresses = new HashMap<>();
        Map<EventType, List<CueWord>> charges = new HashMap<>();
        Map<EventType, List<CueWord>> strikes = new HashMap<>();
        List<CueWord> remote = new ArrayList<>();
        Map<EventType, List<CueWord>> cancelling = new HashMap<>();
        Map<EventType, List<CueWord>> cancellingNames = new HashMap<>();
        Map<EventType, List<CueWord>> speakers = new HashMap<>();
        Map<EventType, List<CueWord>> speeches = new HashMap<>();
        List<CueWord> clauses = new ArrayList<>();
        List<CueWord> civilians = new ArrayList<>();
        List<CueWord> attacks = new ArrayList<>();
        Map<EventType, List<CueWord>> privateBefore = new HashMap<>();
        List<CueWord> relatives = new ArrayList<>();
        List<CueWord> naming = new ArrayList<>();
        LexiconFile file = LexiconFile.read(resource);
        for (LexiconFile.Row row : file.rows()) {
            switch (row.cell(0)) {
                case "overrides" -> overrides.computeIfAbsent(type(file, row, 1), t -> new LinkedHashSet<>())
                        .add(type(file, row, 2));
                case "habitual" -> habitual.add(phrase(row.cell(1)));
                case "counted" -> counts.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "summed" -> summed.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "private" -> privateAddressees.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(phrase(row.cell(2)));
                case "unreal" -> unreal.add(phrase(row.cell(1)));
                case "charge" -> charges.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "address" -> addresses.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "refers" -> referring.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "needs" -> needed.put(type(file, row, 1), row.cell(2));
                case "needs-text" -> neededInText.put(type(file, row, 1), row.cell(2));
                case "strike" -> strikes.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "remote" -> remote.add(CueWord.parse(row.cell(1)));
                case "cancels" -> cancelling.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "cancels-name" -> cancellingNames.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "speaker" -> speakers.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "speech" -> speeches.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "clause" -> clauses.add(CueWord.parse(row.cell(1)));
                case "civilians" -> sparedBy.put(type(file, row, 1), row.cell(2));
                case "civilian" -> civilians.add(CueWord.parse(row.cell(1)));
                case "attack" -> attacks.add(CueWord.parse(row.cell(1)));
                case "private-before" -> privateBefore.computeIfAbsent(type(file, row, 1), t -> new ArrayList<>())
                        .add(CueWord.parse(row.cell(2)));
                case "relative" -> relatives.add(CueWord.parse(row.cell(1)));
                case "naming" -> naming.add(CueWord.parse(row.cell(1)));
                default -> throw file.badRow(row, "unknown rule " + row.cell(0));
            }
        }
        this.habitual = new CuePhrases(habitual);
        this.counts = byType(counts);
        this.summed = byType(summed);
        this.privateAddressees = new EnumMap<>(EventType.class);
        privateAddressees.forEach((type, phrases) -> this.privateAddressees.put(type, new CuePhrases(phrases)));
        this.unreal = new CuePhrases(unreal);
        this.referring = byType(referring);
        this.addresses = byType(addresses);
        this.charges = byType(charges);
        this.strikes = byType(strikes);
        this.remote = CueWordSet.of(remote);
        this.cancelling = byType(cancelling);
        this.cancellingNames = byType(cancellingNames);
        this.speakers = byType(speakers);
        this.speeches = byType(speeches);
        this.clauses = CueWordSet.of(clauses);
        this.civilians = CueWordSet.of(civilians);
        this.attacks = CueWordSet.of(attacks);
        this.privateBefore = byType(privateBefore);
        this.relatives = CueWordSet.of(relatives);
        this.naming = CueWordSet.of(naming);
    }

    private static Map<EventType, CueWordSet> byType(Map<EventType, List<CueWord>> words) {
        Map<EventType, CueWordSet> sets = new EnumMap<>(EventType.class);
        words.forEach((type, list) -> sets.put(type, CueWordSet.of(list)));
        return sets;
    }

    private static EventType type(LexiconFile file, LexiconFile.Row row, int cell) {
        try {
            return EventType.valueOf(row.cell(cell));
        } catch (IllegalArgumentException e) {
            throw file.badRow(row, "unknown event type " + row.cell(cell));
        }
    }

    private static List<CueWord> phrase(String written) {
        return Arrays.stream(written.split(" ")).map(CueWord::parse).toList();
    }

    /** Whether the sentence (its words' forms) tells a habit: "every week", "щотижня" (see {@link #toldAsHabit}). */
    boolean habitual(List<List<String>> forms) {
        for (int i = 0; i < forms.size(); i++) {
            if (habitual.anyAt(forms, i, forms.size())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word up to {@value #CHARGE_WINDOW} words before a {@code type} cue makes it the charge of a case
     * ("дел о мятеже", "cases of mutiny"): the case is told, not the mutiny. Desertion and refusal have no charge
     * words: a case for either asserts that the act took place.
     */
    boolean charge(EventType type, List<List<String>> forms, int at) {
        CueWordSet words = charges.getOrDefault(type, CueWordSet.EMPTY);
        for (int i = at - 1; i >= Math.max(0, at - CHARGE_WINDOW); i--) {
            if (naming.matches(forms.get(i))) {
                // "обращение военных назвали фейком": what is called a fake is no charge of "военные фейки"
                return false;
            }
            if (words.matches(forms.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a habit ("every week", "щотижня") cancels reports of {@code type}: appeals and denials recorded every
     * week are a practice, not one event; assaults or losses "every day" are still fighting that takes place.
     */
    static boolean toldAsHabit(EventType type) {
        return type == EventType.APPEAL || type == EventType.COUNTER_STATEMENT;
    }

    /** Whether the word before a {@code type} cue at {@code at} makes it an address ("телевизионном обращении"). */
    boolean address(EventType type, List<List<String>> forms, int at) {
        return at > 0 && addresses.getOrDefault(type, CueWordSet.EMPTY).matches(forms.get(at - 1));
    }

    /**
     * Whether the word before a {@code type} cue at {@code at} counts it and the cue is a word of requests
     * ("1 914 звернень" to an office, "64 complaints"): a summary, no event. A count of video appeals is a report.
     */
    boolean counted(EventType type, List<Token> words, List<List<String>> forms, int at) {
        CueWordSet countWords = counts.getOrDefault(type, CueWordSet.EMPTY);
        if (at == 0 || countWords.isEmpty() || !summed.getOrDefault(type, CueWordSet.EMPTY).matches(forms.get(at))) {
            return false;
        }
        if (words.get(at - 1).kind() == TokenKind.NUMBER) {
            return true;
        }
        return countWords.matches(forms.get(at - 1));
    }

    /**
     * Whether one of the two words before a cue of {@code type} at word {@code at} cancels it as a following private
     * word would: "уточнить отказался", "в убежище ему отказала" decline to speak or to shelter, not to fight.
     */
    boolean privateBefore(EventType type, List<List<String>> forms, int at) {
        CueWordSet words = privateBefore.getOrDefault(type, CueWordSet.EMPTY);
        for (int i = Math.max(0, at - PRIVATE_BEFORE_WINDOW); i < at; i++) {
            if (words.matches(forms.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a private addressee follows a cue of {@code type} that ends before word {@code after}. */
    boolean privateAfter(EventType type, List<List<String>> forms, int after) {
        CuePhrases phrases = privateAddressees.getOrDefault(type, CuePhrases.NONE);
        for (int i = after; i < Math.min(forms.size(), after + PRIVATE_WINDOW); i++) {
            if (phrases.anyAt(forms, i, forms.size())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an unreal context (a threat, warning, condition, "nobody") ends within {@value #UNREAL_WINDOW} words
     * before a cue of {@code type} at word {@code at}. A relative pronoun right before the cue opens a clause that
     * tells a fact about the threatened men when its verb is in the past ("threatened to transfer marines who refused
     * to attack"): the refusal took place; "those who refuse" stays unreal. (English only: the regular past in "-ed".)
     */
    boolean unreal(EventType type, List<List<String>> forms, int at) {
        if (TOLD_BY_UNREAL_WORDS.contains(type) || toldInRelativeClause(forms, at)) {
            return false;
        }
        for (int i = Math.max(0, at - UNREAL_WINDOW); i < at; i++) {
            if (unreal.anyAt(forms, i, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean toldInRelativeClause(List<List<String>> forms, int at) {
        return at > 0 && relatives.matches(forms.get(at - 1))
                && forms.get(at).stream().anyMatch(form -> form.endsWith("ed"));
    }

    /**
     * Whether a referring word ("the", "this", "similar", "схожі") stands within {@value #REFERRING_WINDOW} words
     * before a cue of {@code type} at word {@code at}: the cue may name an event the text has already told.
     */
    boolean refersBack(EventType type, List<List<String>> forms, int at) {
        CueWordSet words = referring.getOrDefault(type, CueWordSet.EMPTY);
        for (int i = Math.max(0, at - REFERRING_WINDOW); i < at; i++) {
            if (words.matches(forms.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue group a report of {@code type} needs in its context ("losses" need soldiers), if any: the name of a
     * group of {@code cue-groups.tsv}.
     */
    Optional<String> neededGroup(EventType type) {
        return Optional.ofNullable(needed.get(type));
    }

    /**
     * The cue group a report of {@code type} needs somewhere in its text (an appeal, a denial, a shortage are
     * soldiers' events: a text that names no soldier, army or war tells none), if any.
     */
    Optional<String> neededInText(EventType type) {
        return Optional.ofNullable(neededInText.get(type));
    }

    /**
     * Whether a {@code type} cue at word {@code at} is a strike from afar: the cue is an attack word and a remote
     * weapon or target stands up to {@value #REMOTE_BEFORE} words before or {@value #REMOTE_AFTER} after it
     * ("беспилотники атаковали Киев", "attacked Odesa with a ballistic missile").
     */
    boolean remoteStrike(EventType type, List<List<String>> forms, int at) {
        if (!strikes.getOrDefault(type, CueWordSet.EMPTY).matches(forms.get(at))) {
            return false;
        }
        for (int i = at - 1; i >= Math.max(0, at - REMOTE_BEFORE) && !opensClause(forms.get(i + 1)); i--) {
            if (isRemote(forms.get(i))) {
                return true;
            }
        }
        for (int i = at + 1; i < Math.min(forms.size(), at + REMOTE_AFTER + 1) && !opensClause(forms.get(i)); i++) {
            if (isRemote(forms.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isRemote(List<String> word) {
        return remote.matches(word);
    }

    private boolean opensClause(List<String> word) {
        return clauses.matches(word);
    }

    /**
     * The cue group whose words keep a {@code type} report in a sentence about a strike on civilians (soldiers named
     * as people), if reports of that type are cancelled by such sentences.
     */
    Optional<String> civilianStrikeSpares(EventType type) {
        return Optional.ofNullable(sparedBy.get(type));
    }

    /**
     * Whether a sentence names civilian victims and a strike or an attack ("два человека погибли в результате удара
     * ракетами", "в результате атаки российских военных погибли четыре человека": the army named is the attacker).
     */
    boolean civilianStrike(List<List<String>> forms) {
        boolean victims = false;
        boolean strike = false;
        for (List<String> word : forms) {
            victims |= civilians.matches(word);
            strike |= isRemote(word) || attacks.matches(word);
        }
        return victims && strike;
    }

    /**
     * The sentence's words without those up to {@value #ATTACKER_WORDS} after an attack or remote-weapon word, where
     * the attacker stands ("нападение боевиков ХАМАС", "удара ВСУ ракетами"): soldiers named there keep no loss of
     * civilians as a soldiers' loss.
     */
    List<List<String>> withoutAttackers(List<List<String>> forms) {
        List<List<String>> kept = new ArrayList<>();
        int attackerUntil = -1;
        for (int k = 0; k < forms.size(); k++) {
            List<String> word = forms.get(k);
            if (k > attackerUntil) {
                kept.add(word);
            }
            if (isRemote(word) || attacks.matches(word)) {
                attackerUntil = k + ATTACKER_WORDS;
            }
        }
        return kept;
    }

    /**
     * Whether a name of the sentence makes {@code type}'s cues tell something else: an arrest by the security
     * services ("ФСБ задержала контрактника") is no confinement by the army; {@code formsWithNames} are the forms of
     * the sentence's words, names included.
     */
    boolean cancelledByName(EventType type, List<List<String>> formsWithNames) {
        return anyWord(cancellingNames.getOrDefault(type, CueWordSet.EMPTY), formsWithNames);
    }

    /** Whether a word of the sentence makes {@code type}'s cues tell something else (a spy's recruitment). */
    boolean cancelled(EventType type, List<List<String>> forms) {
        return anyWord(cancelling.getOrDefault(type, CueWordSet.EMPTY), forms);
    }

    private static boolean anyWord(CueWordSet words, List<List<String>> forms) {
        for (List<String> word : forms) {
            if (words.matches(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@code type} cue at word {@code at} is a speech word ("обращение") and the word right after the cue,
     * at {@code after}, names its speaker ("обращение президента").
     */
    boolean spokenBy(EventType type, List<List<String>> forms, int at, int after) {
        return after < forms.size()
                && speeches.getOrDefault(type, CueWordSet.EMPTY).matches(forms.get(at))
                && speakers.getOrDefault(type, CueWordSet.EMPTY).matches(forms.get(after));
    }

    /** The types without those another type of the sentence overrides. */
    Set<EventType> withoutOverridden(Set<EventType> types) {
        Set<EventType> kept = new LinkedHashSet<>(types);
        for (EventType type : types) {
            kept.removeAll(overrides.getOrDefault(type, Set.of()));
        }
        return kept;
    }

    static boolean matchesAt(List<CueWord> phrase, List<List<String>> forms, int at) {
        if (at + phrase.size() > forms.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!phrase.get(k).matches(forms.get(at + k))) {
                return false;
            }
        }
        return true;
    }
}
