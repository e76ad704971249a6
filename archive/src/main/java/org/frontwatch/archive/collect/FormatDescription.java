package org.frontwatch.archive.collect;

import java.util.HexFormat;

/** Says in a few words what an unrecognised file looked like, for the message that rejects it. */
final class FormatDescription {
    private FormatDescription() {
    }

    static String describe(InputSample sample) {
        if (sample.isEmpty()) {
            return "the file is empty";
        }
        String name = sample.fileName();
        String kind;
        if (!sample.looksLikeText()) {
            byte[] head = sample.head();
            int shown = Math.min(head.length, 8);
            kind = "binary content starting with bytes " + HexFormat.ofDelimiter(" ").formatHex(head, 0, shown);
        } else if (name.endsWith(".json") || sample.headTextTrimmedLowerCase().startsWith("{")
                || sample.headTextTrimmedLowerCase().startsWith("[")) {
            kind = "JSON that is not a Telegram Desktop export (no \"messages\" or \"chats\")";
        } else if (sample.headTextTrimmedLowerCase().startsWith("<")) {
            kind = "markup that is neither HTML nor an RSS/Atom feed";
        } else {
            kind = "text under a name that is not a plain-text name";
        }
        return kind + "; named " + (name.isEmpty() ? "without a name" : "'" + name + "'");
    }
}
