package org.frontwatch.spark.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates Telegram-style messages as JSON lines of items (the format of
 * {@link org.frontwatch.spark.input.JsonLinesItemReader}): channel posts in English, Russian and Ukrainian of two
 * or three sentences drawn from the bundled templates, published February to April 2023, one in ten a forward of a recent post into another
 * channel (same text, {@code forwarded_from} set) so that corroboration has near-duplicates to find. The same seed
 * gives the same lines.
 */
public final class MessageGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9]+)}");
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 2, 1);
    private static final int DAYS = 89;
    private static final int CHANNELS = 40;
    private static final int RECENT = 512;

    private final MessageTemplates templates = MessageTemplates.bundled();
    private final SplittableRandom random;
    private final String[] recentText = new String[RECENT];
    private final String[] recentChannel = new String[RECENT];
    private final long[] recentSecond = new long[RECENT];
    private long produced;

    public MessageGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes {@code count} lines to {@code file}. */
    public static void write(Path file, long count, long seed) throws IOException {
        MessageGenerator generator = new MessageGenerator(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                out.write(generator.next());
                out.write('\n');
            }
        }
    }

    /** The next message as one JSON line (without the line break). */
    public String next() {
        long number = produced++;
        int slot = (int) (number % RECENT);
        boolean forward = number >= RECENT && random.nextInt(10) == 0;
        String channel = channel(random.nextInt(CHANNELS));
        ObjectNode line = JSON.createObjectNode();
        line.put("kind", "TELEGRAM");
        line.put("source", channel);
        line.put("uri", "https://t.me/" + slug(channel) + "/" + (number + 1));
        ObjectNode metadata = JSON.createObjectNode();
        metadata.put("message_id", Long.toString(number + 1));
        String text;
        long second;
        if (forward) {
            int original = random.nextInt(RECENT);
            text = recentText[original];
            second = recentSecond[original] + random.nextInt(2 * 86_400);
            if (recentChannel[original].equals(channel)) {
                channel = channel(random.nextInt(CHANNELS));
                line.put("source", channel);
                line.put("uri", "https://t.me/" + slug(channel) + "/" + (number + 1));
            }
            metadata.put("forwarded_from", recentChannel[original]);
        } else {
            String language = templates.languages().get(random.nextInt(templates.languages().size()));
            List<String> choices = templates.templates().get(language);
            int sentences = 2 + random.nextInt(2);
            StringBuilder message = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                message.append(i == 0 ? "" : " ").append(fill(choices.get(random.nextInt(choices.size())),
                        templates.slots().get(language)));
            }
            text = message.toString();
            second = FIRST_DAY.toEpochDay() * 86_400 + random.nextLong(DAYS * 86_400L);
        }
        recentText[slot] = text;
        recentChannel[slot] = channel;
        recentSecond[slot] = second;
        line.put("published", Instant.ofEpochSecond(second).toString());
        line.put("title", "");
        line.put("text", text);
        line.set("metadata", metadata);
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private String fill(String template, Map<String, List<String>> slots) {
        Matcher matcher = SLOT.matcher(template);
        StringBuilder text = new StringBuilder();
        int low = 2 + random.nextInt(400);
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "number" -> Integer.toString(low);
                case "number2" -> Integer.toString(low + 1 + random.nextInt(600));
                case "day" -> Integer.toString(1 + random.nextInt(28));
                default -> {
                    List<String> values = slots.get(name);
                    if (values == null) {
                        throw new IllegalStateException("template slot without values: {" + name + "} in "
                                + template);
                    }
                    yield values.get(random.nextInt(values.size()));
                }
            };
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    private static String channel(int index) {
        String[] names = {"Frontline Digest", "Okopnye Vesti", "Zvernennia", "Baikal Relatives", "Volga Wives"};
        return names[index % names.length] + " " + (index / names.length + 1);
    }

    private static String slug(String channel) {
        return channel.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }
}
