package org.frontwatch.extract.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML into the plain text a reader sees, keeping for each char its offsets in the HTML as given (see
 * {@link SourceMappedText}): text nodes with entities decoded and whitespace collapsed as a browser does, a line
 * break for {@code <br>} and around block elements, nothing from {@code script}, {@code style}, {@code template}
 * or comments. Reads leniently (jsoup's HTML parser with position tracking); never throws on malformed markup.
 */
public final class HtmlText {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "svg");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?");

    private HtmlText() {
    }

    /** The visible text of {@code html}, mapped back to offsets in {@code html}. */
    public static SourceMappedText of(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = parser.parseInput(html, "");
        Builder out = new Builder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !insideSkipped(text)) {
                    appendText(html, text, out);
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        out.lineBreak(start(element, html));
                    } else if (element.isBlock() && !SKIPPED.contains(element.normalName())) {
                        out.lineBreak(start(element, html));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && !SKIPPED.contains(element.normalName())) {
                    int end = element.endSourceRange().isTracked() ? element.endSourceRange().startPos()
                            : start(element, html);
                    out.lineBreak(end);
                }
            }
        }, document);
        return out.build();
    }

    private static boolean insideSkipped(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && SKIPPED.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static int start(Node node, String html) {
        return node.sourceRange().isTracked() ? Math.min(node.sourceRange().startPos(), html.length()) : 0;
    }

    /** Walks the raw source of a text node, decoding entities, so that every char keeps its own source range. */
    private static void appendText(String html, TextNode node, Builder out) {
        if (!node.sourceRange().isTracked()) {
            return;
        }
        int from = Math.max(0, Math.min(node.sourceRange().startPos(), html.length()));
        int to = Math.max(from, Math.min(node.sourceRange().endPos(), html.length()));
        int i = from;
        while (i < to) {
            char c = html.charAt(i);
            if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, to);
                if (entity.lookingAt()) {
                    String decoded = Parser.unescapeEntities(entity.group(), false);
                    if (!decoded.equals(entity.group())) {
                        for (int k = 0; k < decoded.length(); k++) {
                            out.character(decoded.charAt(k), i, entity.end());
                        }
                        i = entity.end();
                        continue;
                    }
                }
            }
            out.character(c, i, i + 1);
            i++;
        }
    }

    /** Collects chars with their source ranges, collapsing whitespace as HTML rendering does. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            starts = new int[Math.max(16, capacity)];
            ends = new int[Math.max(16, capacity)];
        }

        void character(char c, int sourceStart, int sourceEnd) {
            if (Character.isWhitespace(c)) {
                if (text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
                    return;
                }
                add(' ', sourceStart, sourceEnd);
                return;
            }
            add(c, sourceStart, sourceEnd);
        }

        void lineBreak(int at) {
            if (text.isEmpty()) {
                return;
            }
            char last = text.charAt(text.length() - 1);
            if (last == '\n') {
                return;
            }
            if (last == ' ') {
                text.setCharAt(text.length() - 1, '\n');
                return;
            }
            add('\n', at, at);
        }

        private void add(char c, int sourceStart, int sourceEnd) {
            int n = text.length();
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
                ends = java.util.Arrays.copyOf(ends, n * 2);
            }
            text.append(c);
            starts[n] = sourceStart;
            ends[n] = sourceEnd;
        }

        SourceMappedText build() {
            int n = text.length();
            while (n > 0 && Character.isWhitespace(text.charAt(n - 1))) {
                n--;
            }
            return new SourceMappedText(text.substring(0, n), java.util.Arrays.copyOf(starts, n),
                    java.util.Arrays.copyOf(ends, n));
        }
    }
}
