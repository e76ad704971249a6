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
        OverlapScore loc = new OverlapScore("LOC");
        OverlapScore org = new OverlapScore("ORG");
        long started = System.nanoTime();
        for (String name : names) {
            FactRuEvalDocument document = FactRuEvalDocument.read(directory, name);
            AnalysedText text = TextAnalyser.bundled().analyse(document.text(), Language.RU, Optional.empty());
            List<Mention> locations = new ArrayList<>(RegionFinder.bundled().find(text));
            locations.addAll(PlaceFinder.withCountries().find(text));
            List<Mention> organisations = OrganisationFinder.bundled().find(text);
            loc.add(document.name(), document.text(), document.gold(), spans(locations));
            org.add(document.name(), document.text(), document.gold(), spans(organisations));
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
}
