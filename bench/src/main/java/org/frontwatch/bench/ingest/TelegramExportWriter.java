package org.frontwatch.bench.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a Telegram Desktop {@code result.json} of any size, streaming, in the layout Telegram Desktop uses (one
 * space indentation, {@code text} as a string or an entity array, {@code text_entities}). Message texts are the
 * real posts of {@code tg-ru-news-posts-2024} (CC BY 4.0, github.com/NKTKLN/telegram-news-classifier) when that
 * folder is given and present — read at run time, never copied into the repository — else generated sentences.
 * Every tenth message is forwarded, every seventh edited, every fifth a reply; markdown links in the posts become
 * {@code text_link} entities.
 */
final class TelegramExportWriter {
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]{1,200})\\]\\((https?://[^)\\s]{1,300})\\)");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final List<String> texts;
    private final String origin;

    private TelegramExportWriter(List<String> texts, String origin) {
        this.texts = texts;
        this.origin = origin;
    }

    /** Texts from the real posts under {@code postsFolder} if it holds any, else generated ones. */
    static TelegramExportWriter from(Path postsFolder) throws IOException {
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(postsFolder)) {
            ObjectMapper json = new ObjectMapper();
            try (Stream<Path> files = Files.list(postsFolder)) {
                for (Path file : files.filter(f -> f.toString().endsWith("_messages.json")).sorted().toList()) {
                    for (JsonNode post : json.readTree(file.toFile())) {
                        String text = post.path("text").asText("");
                        if (!text.isBlank()) {
                            texts.add(text);
                        }
                    }
                }
            }
        }
        if (!texts.isEmpty()) {
            return new TelegramExportWriter(texts, texts.size() + " real posts from " + postsFolder);
        }
        return new TelegramExportWriter(generated(), "generated texts (" + postsFolder + " not found)");
    }

    String origin() {
        return origin;
    }

    void write(Path file, int messages) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        SplittableRandom random = new SplittableRandom(20241204);
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(printer);
            json.writeStartObject();
            json.writeStringField("name", "Сводки (benchmark)");
            json.writeStringField("type", "public_channel");
            json.writeNumberField("id", 1001003921L);
            json.writeArrayFieldStart("messages");
            long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
            for (int i = 1; i <= messages; i++) {
                long time = start + i * 97L;
                writeMessage(json, i, time, texts.get(random.nextInt(texts.size())));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeMessage(JsonGenerator json, int id, long time, String text) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", id);
        json.writeStringField("type", "message");
        json.writeStringField("date", LOCAL.format(OffsetDateTime.ofInstant(Instant.ofEpochSecond(time), ZoneOffset.UTC)));
        json.writeStringField("date_unixtime", Long.toString(time));
        if (id % 7 == 0) {
            json.writeStringField("edited", LOCAL.format(OffsetDateTime.ofInstant(Instant.ofEpochSecond(time + 600),
                    ZoneOffset.UTC)));
            json.writeStringField("edited_unixtime", Long.toString(time + 600));
        }
        json.writeStringField("from", "Сводки (benchmark)");
        json.writeStringField("from_id", "channel1001003921");
        if (id % 10 == 0) {
            json.writeStringField("forwarded_from", "Другой канал");
        }
        if (id % 5 == 0 && id > 1) {
            json.writeNumberField("reply_to_message_id", id - 1);
        }
        Matcher links = MARKDOWN_LINK.matcher(text);
        if (!links.find()) {
            json.writeStringField("text", text);
            json.writeArrayFieldStart("text_entities");
            entity(json, "plain", text, null);
            json.writeEndArray();
        } else {
            List<String[]> parts = new ArrayList<>();
            int at = 0;
            links.reset();
            while (links.find()) {
                parts.add(new String[] {"plain", text.substring(at, links.start()), null});
                parts.add(new String[] {"text_link", links.group(1), links.group(2)});
                at = links.end();
            }
            parts.add(new String[] {"plain", text.substring(at), null});
            json.writeArrayFieldStart("text");
            for (String[] part : parts) {
                if (part[0].equals("plain")) {
                    json.writeString(part[1]);
                } else {
                    entity(json, part[0], part[1], part[2]);
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("text_entities");
            for (String[] part : parts) {
                entity(json, part[0], part[1], part[2]);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void entity(JsonGenerator json, String type, String text, String href) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", type);
        json.writeStringField("text", text);
        if (href != null) {
            json.writeStringField("href", href);
        }
        json.writeEndObject();
    }

    private static List<String> generated() {
        String[] regions = {"Иркутской области", "Бурятии", "Татарстана", "Белгородской области", "Курской области"};
        String[] events = {"записали видеообращение", "пожаловались на отсутствие ротации",
                "сообщили о потерях в роте", "просят вернуть их домой", "заявили о нехватке снаряжения"};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            texts.add("Мобилизованные из " + regions[i % regions.length] + " " + events[(i / 5) % events.length]
                    + ". По словам родственников, бойцов " + (1000 + i) + "-го полка отправили под Авдеевку. "
                    + "Подробности: [ссылка](https://example.org/news/" + i + ")");
        }
        return texts;
    }
}
