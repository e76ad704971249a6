package org.frontwatch.bench.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.frontwatch.extract.Extractor;
import org.frontwatch.extract.mention.OrganisationFinder;
import org.frontwatch.extract.mention.PlaceFinder;
import org.frontwatch.extract.mention.RegionFinder;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Scores the extract stage on the Ukrainian NER-UK 2.0 test split (one token and IOB tag per line, a blank line
 * between sentences). Each run of sentences between blank-line gaps of two or more lines is one text; tokens are
 * joined by single spaces. Classes: LOC = {@link RegionFinder} + {@link PlaceFinder} with countries against gold LOC;
 * ORG = {@link OrganisationFinder} against gold ORG; DATE = the extractor's DATE mentions (relative dates resolved
 * against a fixed publication day) against gold DATE.
 * Matching is by span overlap within a class, one to one, as in {@link FactRuEvalScore}.
 *
 * <p>Usage: {@code NerUkScore FILE [--errors N]} with FILE {@code shared/data/ner-uk-v2/test.iob}. The corpus is
 * CC BY-NC-SA 4.0: it is read at run time for evaluation only and never copied into the repository.
 */
public final class NerUkScore {
    /**
     * The texts carry no publication day; relative dates ("минулого тижня", "29 квітня") are resolved against this
     * one so that their spans can be scored (only spans are compared, not the resolved days).
     */
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 12, 31);

    private NerUkScore() {
    }

    /** One text of the test file with its gold entities by class. */
    private record Document(String name, String text, List<GoldEntity> gold) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NerUkScore FILE [--errors N]");
            System.exit(2);
        }
        int errors = args.length >= 3 && args[1].equals("--errors") ? Integer.parseInt(args[2]) : 0;
        List<Document> documents = read(Path.of(args[0]));
        Map<String, OverlapScore> scores = new TreeMap<>();
        for (String kind : List.of("LOC", "ORG", "DATE")) {
            scores.put(kind, new OverlapScore(kind));
        }
        Extractor extractor = Extractor.create();
        long started = System.nanoTime();
        for (Document document : documents) {
            AnalysedText text = TextAnalyser.bundled().analyse(document.text(), Language.UK, Optional.empty());
            List<Mention> locations = new ArrayList<>(RegionFinder.bundled().find(text));
            locations.addAll(PlaceFinder.withCountries().find(text));
            List<Mention> dates = extractor.extract(document.text(), Optional.of(PUBLISHED), Optional.of(Language.UK))
                    .mentionsOf(MentionType.DATE);
            scores.get("LOC").add(document.name(), document.text(), document.gold(), spans(locations));
            scores.get("ORG").add(document.name(), document.text(), document.gold(), spans(OrganisationFinder.bundled().find(text)));
            scores.get("DATE").add(document.name(), document.text(), document.gold(), spans(dates));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "NER-UK 2.0 test: %d texts in %.1f s (span-overlap matching)%n",
                documents.size(), seconds);
        scores.values().forEach(score -> System.out.println(score.summary()));
        if (errors > 0) {
            scores.values().forEach(score -> score.printErrors(errors));
        }
    }

    private static List<Span> spans(List<Mention> mentions) {
        return mentions.stream().map(Mention::span).toList();
    }

    private static List<Document> read(Path file) throws IOException {
        List<Document> documents = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<GoldEntity> gold = new ArrayList<>();
        String kind = null;
        int start = -1;
        int blanks = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (kind != null) {
                    gold.add(entity(kind, start, text));
                    kind = null;
                }
                blanks++;
                continue;
            }
            if (blanks >= 2 && text.length() > 0) {
                documents.add(new Document("text " + (documents.size() + 1), text.toString(), List.copyOf(gold)));
                text.setLength(0);
                gold.clear();
            } else if (blanks == 1) {
                text.append('\n');
            }
            blanks = 0;
            int space = line.lastIndexOf(' ');
            String token = line.substring(0, space);
            String tag = line.substring(space + 1);
            if (kind != null && !tag.equals("I-" + kind)) {
                gold.add(entity(kind, start, text));
                kind = null;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            if (tag.startsWith("B-")) {
                kind = tag.substring(2);
                start = text.length();
            }
            text.append(token);
        }
        if (kind != null) {
            gold.add(entity(kind, start, text));
        }
        if (text.length() > 0) {
            documents.add(new Document("text " + (documents.size() + 1), text.toString(), List.copyOf(gold)));
        }
        return documents;
    }

    private static GoldEntity entity(String kind, int start, StringBuilder text) {
        Span span = new Span(start, text.length());
        return new GoldEntity(kind, span, text.substring(start, text.length()));
    }
}
