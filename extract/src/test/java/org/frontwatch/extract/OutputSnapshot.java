package org.frontwatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontwatch.extract.json.ExtractionJson;
import org.frontwatch.extract.text.HtmlText;
import org.frontwatch.model.Extraction;

/**
 * Writes the extractor's output over a fixed corpus, one JSON file per text, so that a speed change can be checked
 * to leave the output byte-identical ({@code diff -r before after}). The corpus: every {@code eval/dev/*.txt} with
 * its gold publication day, the {@code examples/} news pages (as text) and Telegram messages, and the first
 * {@code posts} messages of a directory of Telegram post files ({@code [{"text": …, "date": …}, …]}, read at run
 * time only). Usage: {@code OutputSnapshot REPOSITORY_ROOT OUTPUT_DIR [POSTS_DIR [posts]]}.
 */
public final class OutputSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Extractor extractor = Extractor.create();
        long start = System.nanoTime();
        int written = 0;
        for (Path text : sorted(root.resolve("eval/dev"), ".txt")) {
            String name = text.getFileName().toString();
            Path goldFile = text.resolveSibling(name.replace(".txt", ".gold.json"));
            Optional<LocalDate> published = Files.exists(goldFile)
                    ? ExtractionJson.read(goldFile).published() : Optional.empty();
            write(out, "eval-" + name, extractor.extract(Files.readString(text, StandardCharsets.UTF_8), published,
                    Optional.empty()));
            written++;
        }
        for (Path page : sorted(root.resolve("examples/news"), ".html")) {
            String name = page.getFileName().toString();
            LocalDate day = LocalDate.parse(name.substring(0, 10));
            String text = HtmlText.of(Files.readString(page, StandardCharsets.UTF_8)).text();
            write(out, "news-" + name, extractor.extract(text, Optional.of(day), Optional.empty()));
            written++;
        }
        try (Stream<Path> exports = Files.walk(root.resolve("examples/telegram"))) {
            for (Path export : exports.filter(p -> p.getFileName().toString().equals("result.json")).sorted()
                    .toList()) {
                String prefix = "tg-" + root.resolve("examples/telegram").relativize(export).toString()
                        .replace('/', '_');
                for (JsonNode message : JSON.readTree(export.toFile()).path("messages")) {
                    String text = plainText(message.path("text"));
                    if (text.isBlank()) {
                        continue;
                    }
                    LocalDate day = LocalDate.parse(message.path("date").asText().substring(0, 10));
                    write(out, prefix + "-" + message.path("id").asText(),
                            extractor.extract(text, Optional.of(day), Optional.empty()));
                    written++;
                }
            }
        }
        if (args.length > 2) {
            int limit = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
            int taken = 0;
            for (Path file : sorted(Path.of(args[2]), ".json")) {
                String channel = file.getFileName().toString().replace(".json", "");
                for (JsonNode post : JSON.readTree(file.toFile())) {
                    if (taken >= limit) {
                        break;
                    }
                    String text = post.path("text").asText("");
                    if (text.isBlank()) {
                        continue;
                    }
                    LocalDate day = OffsetDateTime.parse(post.path("date").asText())
                            .atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                    write(out, "posts-" + channel + "-" + post.path("message_id").asText(),
                            extractor.extract(text, Optional.of(day), Optional.empty()));
                    taken++;
                    written++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d extractions written to %s in %.1f s%n", written, out,
                (System.nanoTime() - start) / 1e9);
    }

    private static List<Path> sorted(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String plainText(JsonNode text) {
        if (text.isTextual()) {
            return text.asText();
        }
        StringBuilder joined = new StringBuilder();
        for (JsonNode part : text) {
            joined.append(part.isTextual() ? part.asText() : part.path("text").asText(""));
        }
        return joined.toString();
    }

    private static void write(Path out, String name, Extraction extraction) throws IOException {
        Files.writeString(out.resolve(name + ".json"), ExtractionJson.write(extraction), StandardCharsets.UTF_8);
    }
}
