package org.frontwatch.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.frontwatch.extract.Extractor;
import org.frontwatch.extract.json.ExtractionJson;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Language;
import org.frontwatch.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code frontwatch extract}: the extraction contract of DESIGN.md. Prints one JSON object for the text of a file;
 * reads no data directory and writes nothing.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract mentions, claims and event reports from one text and print them as JSON.",
            "Offsets are UTF-16 char offsets into the text as given, end exclusive. Reads no data directory."})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date: relative dates (\"last week\", \"вчера\") are resolved against it.")
    private LocalDate published;

    @Option(names = "--lang", paramLabel = "en|ru|uk", description = "Language of the text (default: detected).")
    private String language;

    @Parameters(paramLabel = "FILE|-", description = "A UTF-8 text file, or - for standard input.")
    private String file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<Language> lang = Optional.ofNullable(language).map(ExtractCommand::parseLanguage);
        String text = read(file);
        Extraction extraction = Extractor.create().extract(text, Optional.ofNullable(published), lang);
        PrintWriter out = spec.commandLine().getOut();
        out.println(ExtractionJson.write(extraction));
        out.flush();
        return ExitCodes.OK;
    }

    private static Language parseLanguage(String code) {
        Language parsed = Language.ofCode(code);
        if (parsed == Language.OTHER) {
            throw new UsageException("--lang takes en, ru or uk, not: " + code);
        }
        return parsed;
    }

    static String read(String file) throws IOException {
        if (file.equals("-")) {
            try (InputStream in = System.in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new org.frontwatch.model.BadInputException(file, "", "not UTF-8 text", e);
        }
    }
}
