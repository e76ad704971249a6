package org.frontwatch.archive.collect.telegram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message's {@code text} flattened to plain text, and the links, hashtags and mentions of its entities.
 * {@code text} is either a string or an array of strings and entity objects ({@code {"type": "link",
 * "text": "…"}}); {@code text_entities} holds the same entities when the export has it, and wins.
 */
record TelegramText(String plain, Set<String> links, Set<String> hashtags, Set<String> mentions) {

    static TelegramText of(JsonNode message) throws TelegramMessage.WrongShape {
        JsonNode text = message.path("text");
        List<JsonNode> entities = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        if (text.isMissingNode() || text.isNull()) {
            // a media message without caption
        } else if (text.isTextual()) {
            plain.append(text.asText());
        } else if (text.isArray()) {
            for (int i = 0; i < text.size(); i++) {
                JsonNode part = text.get(i);
                if (part.isTextual()) {
                    plain.append(part.asText());
                } else if (part.isObject() && part.path("text").isTextual()) {
                    plain.append(part.path("text").asText());
                    entities.add(part);
                } else {
                    throw new TelegramMessage.WrongShape("text[" + i + "] must be a string or an entity object with"
                            + " a string \"text\", found " + part.getNodeType());
                }
            }
        } else {
            throw new TelegramMessage.WrongShape("text must be a string or an array, found " + text.getNodeType());
        }
        JsonNode textEntities = message.path("text_entities");
        if (textEntities.isArray()) {
            entities.clear();
            textEntities.forEach(entities::add);
        }
        Set<String> links = new LinkedHashSet<>();
        Set<String> hashtags = new LinkedHashSet<>();
        Set<String> mentions = new LinkedHashSet<>();
        for (JsonNode entity : entities) {
            String type = entity.path("type").asText("");
            String entityText = entity.path("text").asText("").strip();
            switch (type) {
                case "link", "url" -> addIfPresent(links, entityText);
                case "text_link" -> addIfPresent(links, entity.path("href").asText(entityText).strip());
                case "hashtag" -> addIfPresent(hashtags, entityText);
                case "mention", "mention_name" -> addIfPresent(mentions, entityText);
                default -> { }
            }
        }
        return new TelegramText(plain.toString().strip(), links, hashtags, mentions);
    }

    /** Puts the non-empty entity lists into {@code metadata}, one value per line. */
    void addTo(Map<String, String> metadata) {
        putJoined(metadata, "links", links);
        putJoined(metadata, "hashtags", hashtags);
        putJoined(metadata, "mentions", mentions);
    }

    private static void putJoined(Map<String, String> metadata, String key, Set<String> values) {
        if (!values.isEmpty()) {
            metadata.put(key, String.join("\n", values));
        }
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (!value.isEmpty()) {
            values.add(value);
        }
    }
}
