/**
 * Telegram Desktop exports ({@code result.json} of one chat, or a full export with {@code chats.list}), read
 * message by message with Jackson's streaming parser; each message's capture is its own JSON bytes, sliced raw
 * from the file, and its metadata keeps ids, sender, forward, edit, reply, media and entity links (one per line).
 */
package org.frontwatch.archive.collect.telegram;
