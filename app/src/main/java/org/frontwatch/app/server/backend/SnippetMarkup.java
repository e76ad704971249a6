package org.frontwatch.app.server.backend;

import java.util.ArrayList;
import java.util.List;
import org.frontwatch.app.server.view.SnippetPart;

/**
 * Reads the index's snippet markup — escaped text with {@code <mark>} around matches — back into plain text parts,
 * so that nothing from a source ever reaches the browser as markup.
 */
final class SnippetMarkup {
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private SnippetMarkup() {
    }

    static List<SnippetPart> parts(String markup) {
        List<SnippetPart> parts = new ArrayList<>();
        int position = 0;
        while (position < markup.length()) {
            int open = markup.indexOf(OPEN, position);
            if (open < 0) {
                add(parts, markup.substring(position), false);
                break;
            }
            add(parts, markup.substring(position, open), false);
            int close = markup.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                add(parts, markup.substring(open + OPEN.length()), true);
                break;
            }
            add(parts, markup.substring(open + OPEN.length(), close), true);
            position = close + CLOSE.length();
        }
        return parts;
    }

    private static void add(List<SnippetPart> parts, String escaped, boolean highlighted) {
        if (!escaped.isEmpty()) {
            parts.add(new SnippetPart(unescape(escaped), highlighted));
        }
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i) : -1;
            if (semicolon > i && semicolon - i <= 10) {
                String entity = text.substring(i + 1, semicolon);
                String decoded = decode(entity);
                if (decoded != null) {
                    out.append(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String decode(String entity) {
        switch (entity) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default: break;
        }
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            }
            if (entity.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
