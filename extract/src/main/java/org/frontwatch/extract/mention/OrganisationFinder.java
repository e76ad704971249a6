package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import org.frontwatch.extract.gazetteer.PhraseMatch;
import org.frontwatch.extract.gazetteer.PhraseMatcher;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.extract.morphology.Morphology;
import org.frontwatch.model.FrontwatchException;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Finds organisations — outlets, ministries, agencies, armed forces, NGOs, companies — from the curated alias table
 * {@code gazetteer/organisations.tsv}, across scripts and grammatical cases (Verstka / «Верстки», Люди Байкала /
 * People of Baikal, Минобороны / МО РФ / Міноборони), keyed {@code org:<slug>}. The longest alias wins
 * ("Минобороны России" over "Минобороны"); capitalisation rules of {@link PhraseMatcher} keep common words out
 * ("вёрстка" the layout is not Verstka the outlet). Immutable and thread-safe.
 */
public final class OrganisationFinder implements MentionFinder {
    private static final String RESOURCE = "/org/frontwatch/extract/gazetteer/organisations.tsv";

    private static final class Bundled {
        static final OrganisationFinder INSTANCE = new OrganisationFinder(TextAnalyser.bundled(), Morphology.bundled());
    }

    private final PhraseMatcher<String> aliases;
    private final Morphology morphology;

    public OrganisationFinder(TextAnalyser analyser, Morphology morphology) {
        this.morphology = morphology;
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder(analyser);
        int line = 0;
        for (String text : ResourceLines.read(RESOURCE)) {
            line++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] columns = text.split("\t");
            if (columns.length != 2 || !columns[0].startsWith("org:")) {
                throw new FrontwatchException(RESOURCE + " line " + line + ": expected org:<slug> TAB form, found \""
                        + text + "\"");
            }
            builder.add(columns[1], Language.OTHER, columns[0]);
        }
        this.aliases = builder.build();
    }

    /** "Вёрстка газеты задержалась": a one-word alias that is also a dictionary word, capitalised only by position. */
    private boolean isCommonWordOpeningSentence(List<Token> tokens, PhraseMatch<String> match, Language language) {
        if (match.length() != 1) {
            return false;
        }
        for (int k = 0; k < match.start(); k++) {
            if (tokens.get(k).kind() == TokenKind.WORD || tokens.get(k).kind() == TokenKind.NUMBER
                    || "«\"“„".contains(tokens.get(k).text())) {
                return false;
            }
        }
        String word = tokens.get(match.start()).text();
        boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
        WordClass kind = WordClass.of(word, language, morphology);
        return !capitals && kind != WordClass.UNKNOWN && kind != WordClass.GEOGRAPHIC;
    }

    /** The finder over the bundled alias table, built on first use and shared. */
    public static OrganisationFinder bundled() {
        return Bundled.INSTANCE;
    }

    @Override
    public List<Mention> find(AnalysedText text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                List<PhraseMatch<String>> matches = aliases.matchesAt(tokens, i);
                if (matches.isEmpty()) {
                    i++;
                    continue;
                }
                PhraseMatch<String> longest = matches.get(0);
                if (isCommonWordOpeningSentence(tokens, longest, text.language())) {
                    i++;
                    continue;
                }
                Span span = new Span(tokens.get(i).span().start(), tokens.get(longest.end() - 1).span().end());
                mentions.add(Mention.of(MentionType.ORG, span.of(text.text()), span, longest.value()));
                i = longest.end();
            }
        }
        return List.copyOf(mentions);
    }
}
