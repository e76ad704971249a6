package org.frontwatch.app.redact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Redactor;

/**
 * The redactor of public output: replaces names of private persons ({@code PERSON} mentions that are not public
 * figures), phone numbers, user handles and profile links, e-mail addresses and exact street addresses with a
 * bracketed label such as {@code [person]}. Officials and organisations stay.
 *
 * <p>A private person's name is replaced where its mention's span lies in the text and, because titles, snippets
 * and claims quote the same words without the spans, wherever the mention's exact words occur. Public figures and
 * patterns come from the resource files {@code public-figures.txt} and {@code redaction-patterns.txt} beside this
 * class, loaded once.
 */
public final class PublicRedactor implements Redactor {
    private static final PublicRedactor INSTANCE = new PublicRedactor(
            readLines("public-figures.txt"), readLines("redaction-patterns.txt"));

    private final List<String> publicFigureStems;
    private final List<LabelledPattern> patterns;

    private record LabelledPattern(String label, Pattern pattern) {
    }

    private record Cut(int start, int end, String label) {
    }

    PublicRedactor(List<String> publicFigureStems, List<String> patternLines) {
        this.publicFigureStems = publicFigureStems.stream().map(stem -> stem.toLowerCase(Locale.ROOT)).toList();
        List<LabelledPattern> compiled = new ArrayList<>();
        for (int line = 0; line < patternLines.size(); line++) {
            String[] parts = patternLines.get(line).split("\t", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("redaction-patterns.txt: a pattern line is <label><TAB><regex>: "
                        + patternLines.get(line));
            }
            compiled.add(new LabelledPattern("[" + parts[0] + "]", Pattern.compile(parts[1])));
        }
        this.patterns = List.copyOf(compiled);
    }

    /** The shared instance; the resource files are read once. */
    public static PublicRedactor instance() {
        return INSTANCE;
    }

    @Override
    public String redact(String text, List<Mention> mentions) {
        List<Cut> cuts = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.type() != MentionType.PERSON || isPublicFigure(mention.text())) {
                continue;
            }
            if (mention.span().end() <= text.length() && mention.span().of(text).equals(mention.text())) {
                cuts.add(new Cut(mention.span().start(), mention.span().end(), "[person]"));
            }
            String words = mention.text().strip();
            if (words.length() >= 3) {
                for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length())) {
                    cuts.add(new Cut(at, at + words.length(), "[person]"));
                }
            }
        }
        for (LabelledPattern labelled : patterns) {
            Matcher matcher = labelled.pattern().matcher(text);
            while (matcher.find()) {
                cuts.add(new Cut(matcher.start(), matcher.end(), labelled.label()));
            }
        }
        return cuts.isEmpty() ? text : apply(text, cuts);
    }

    /** Whether a person's name belongs to a public figure, whose name stays in public output. */
    public boolean isPublicFigure(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (String stem : publicFigureStems) {
                if (stem.length() >= 4 && word.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String apply(String text, List<Cut> cuts) {
        cuts.sort(Comparator.comparingInt(Cut::start).thenComparing(Comparator.comparingInt(Cut::end).reversed()));
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        for (Cut cut : cuts) {
            if (cut.end() <= position) {
                continue;
            }
            if (cut.start() >= position) {
                out.append(text, position, cut.start()).append(cut.label());
            }
            position = cut.end();
        }
        return out.append(text, position, text.length()).toString();
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = PublicRedactor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource beside PublicRedactor: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
