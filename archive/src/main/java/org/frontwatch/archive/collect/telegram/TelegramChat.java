package org.frontwatch.archive.collect.telegram;

import java.nio.file.Path;
import java.util.Optional;

import org.frontwatch.archive.collect.BoundedFiles;

/**
 * The chat a message belongs to, as far as the export says: its name, type ({@code public_channel},
 * {@code private_supergroup}…), id and public username. Exports by Telegram Desktop carry no username; tools
 * that add one ({@code "username": "rian_ru"}) get {@code https://t.me/} links.
 *
 * @param exportFile the {@code file:} URI of the export the chat was read from
 */
record TelegramChat(String name, String type, Optional<String> id, Optional<String> username, String exportFile) {

    /** Where a message of this chat lives: its public post link, else a {@code tg://channel/} URI. */
    String messageUri(long messageId) {
        if (username.isPresent()) {
            return "https://t.me/" + username.get() + "/" + messageId;
        }
        return "tg://channel/" + id.orElse("unknown") + "/" + messageId;
    }

    /** The chat's name, or a name made from its id when the export gives none. */
    String displayName() {
        return !name.isBlank() ? name : "Telegram chat " + id.orElse("unknown");
    }

    /** Collects the chat fields as the parser meets them. */
    static final class Builder {
        private String name = "";
        private String type = "";
        private String id;
        private String username;

        void set(String field, String value) {
            switch (field) {
                case "name" -> name = value;
                case "type" -> type = value;
                case "id" -> id = value;
                case "username" -> username = value.startsWith("@") ? value.substring(1) : value;
                default -> throw new IllegalArgumentException("not a chat field: " + field);
            }
        }

        TelegramChat build(Path file) {
            Optional<String> publicName = Optional.ofNullable(username)
                    .filter(u -> u.matches("[A-Za-z0-9_]{3,64}"));
            return new TelegramChat(name, type, Optional.ofNullable(id), publicName, BoundedFiles.fileUri(file));
        }
    }
}
