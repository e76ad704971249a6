package org.frontwatch.bench.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontwatch.extract.mention.OrganisationFinder;
import org.frontwatch.extract.mention.PlaceFinder;
import org.frontwatch.extract.mention.RegionFinder;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Span;

/**
 * Scores the extract stage's location and organisation finders on the factRuEval-2016 test set.
 *
 * <p>Usage: {@code FactRuEvalScore DIR [--errors N]} with DIR the test set folder (e.g.
 * {@code shared/data/factRuEval-2016/testset}). Predictions: LOC = {@link RegionFinder} + {@link PlaceFinder}
 * with countries; ORG = {@link OrganisationFinder}. Matching is by span overlap within a class, one to one: a
 * prediction is correct when it overlaps a gold object of its class not yet matched; precision = correct
 * predictions / predictions, recall = matched gold objects / gold objects. This is more lenient on boundaries than
 * the official factRuEval scorer (which gives partial credit by token) — the numbers are comparable in spirit, not
 * to the third decimal, with the published ones (slovnet LOC 0.915, PullEnti LOC 0.814; ORG 0.825 / 0.686).
 */
public final class FactRuEvalScore {
    private FactRuEvalScore() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: FactRuEvalScore DIR [--errors N]");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        int errors = args.length >= 3 && args[1].equals("--errors") ? Integer.parseInt(args[2]) : 0;
        List<String> names;
        try (Stream<Path> files = Files.list(directory)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".objects"))
                    .map(n -> n.substring(0, n.length() - ".objects".length())).sorted().toList();
        }
        Tally loc = new Tally("LOC");
        Tally org = new Tally("ORG");
        long started = System.nanoTime();
        for (String name : names) {
            FactRuEvalDocument document = FactRuEvalDocument.read(directory, name);
            AnalysedText text = TextAnalyser.bundled().analyse(document.text(), Language.RU, Optional.empty());
            List<Mention> locations = new ArrayList<>(RegionFinder.bundled().find(text));
            locations.addAll(PlaceFinder.withCountries().find(text));
            List<Mention> organisations = OrganisationFinder.bundled().find(text);
            loc.add(document, spans(locations), "LOC");
            org.add(document, spans(organisations), "ORG");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "factRuEval-2016 %s: %d documents in %.1f s (span-overlap matching)%n",
                directory, names.size(), seconds);
        System.out.println(loc.summary());
        System.out.println(org.summary());
        if (errors > 0) {
            loc.printErrors(errors);
            org.printErrors(errors);
        }
    }

    private static List<Span> spans(List<Mention> mentions) {
        return mentions.stream().map(Mention::span).toList();
    }

    /** Counts for one class, with examples of misses and false alarms. */
    private static final class Tally {
        private final String kind;
        private int predicted;
        private int correct;
        private int gold;
        private int found;
        private final List<String> missed = new ArrayList<>();
        private final List<String> wrong = new ArrayList<>();

        Tally(String kind) {
            this.kind = kind;
        }

        void add(FactRuEvalDocument document, List<Span> predictions, String scored) {
            List<GoldEntity> golds = document.gold().stream().filter(g -> g.kind().equals(scored)).toList();
            boolean[] used = new boolean[golds.size()];
            gold += golds.size();
            predicted += predictions.size();
            for (Span prediction : predictions) {
                boolean hit = false;
                for (int g = 0; g < golds.size() && !hit; g++) {
                    if (!used[g] && golds.get(g).span().overlaps(prediction)) {
                        used[g] = true;
                        hit = true;
                    }
                }
                if (hit) {
                    correct++;
                } else {
                    wrong.add(document.name() + ": " + prediction.of(document.text()));
                }
            }
            for (int g = 0; g < golds.size(); g++) {
                if (used[g]) {
                    found++;
                } else {
                    missed.add(document.name() + ": " + golds.get(g).text());
                }
            }
        }

        String summary() {
            double precision = predicted == 0 ? 0 : (double) correct / predicted;
            double recall = gold == 0 ? 0 : (double) found / gold;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return String.format(Locale.ROOT, "%s precision %.3f (%d/%d)  recall %.3f (%d/%d)  F1 %.3f", kind,
                    precision, correct, predicted, recall, found, gold, f1);
        }

        void printErrors(int limit) {
            System.out.println("-- " + kind + " false alarms (first " + limit + ")");
            wrong.stream().limit(limit).forEach(System.out::println);
            System.out.println("-- " + kind + " misses (first " + limit + ")");
            missed.stream().limit(limit).forEach(System.out::println);
        }
    }
}
