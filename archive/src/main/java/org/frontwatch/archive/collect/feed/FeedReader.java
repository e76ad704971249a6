package org.frontwatch.archive.collect.feed;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jsoup.nodes.Entities;

/**
 * Walks a feed's XML once and hands on each {@code <item>} (RSS) or {@code <entry>} (Atom) as soon as its end
 * tag is read; also notes the feed's own title. Stops at the first malformed XML with an
 * {@link XMLStreamException} that carries the position, after every complete entry before it was handed on.
 */
final class FeedReader {
    private static final XMLInputFactory FACTORY = safeFactory();

    private final String xml;
    private final int maxDepth;
    private String feedTitle = "";

    FeedReader(String xml, int maxDepth) {
        this.xml = xml;
        this.maxDepth = maxDepth;
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** The feed's title, once {@link #read} has passed it; empty before. */
    String feedTitle() {
        return feedTitle;
    }

    void read(Consumer<FeedEntry> entries) throws XMLStreamException {
        XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
        try {
            int depth = 0;
            boolean seenEntry = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    checkDepth(depth, reader);
                    String name = reader.getLocalName();
                    if (name.equals("item") || name.equals("entry")) {
                        entries.accept(readEntry(reader, depth));
                        seenEntry = true;
                        depth--;
                    } else if (name.equals("title") && !seenEntry && feedTitle.isEmpty() && depth <= 3) {
                        feedTitle = subtreeText(reader, depth).strip();
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } finally {
            reader.close();
        }
    }

    private FeedEntry readEntry(XMLStreamReader reader, int entryDepth) throws XMLStreamException {
        int startLine = reader.getLocation().getLineNumber();
        int startTagEnd = reader.getLocation().getCharacterOffset();
        int start = startTagEnd > 0 ? xml.lastIndexOf('<', startTagEnd - 1) : -1;
        Map<String, String> fields = new HashMap<>();
        int depth = entryDepth;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                checkDepth(depth, reader);
                String name = reader.getLocalName();
                if (name.equals("link") && reader.getAttributeValue(null, "href") != null) {
                    String rel = Optional.ofNullable(reader.getAttributeValue(null, "rel")).orElse("alternate");
                    if (rel.equals("alternate")) {
                        fields.putIfAbsent("link", reader.getAttributeValue(null, "href"));
                    }
                } else if (name.equals("category") && reader.getAttributeValue(null, "term") != null) {
                    fields.merge("category", reader.getAttributeValue(null, "term"), (a, b) -> a + "\n" + b);
                }
                String text = subtreeText(reader, depth);
                depth--;
                if (name.equals("category") && !text.isBlank()) {
                    fields.merge("category", text.strip(), (a, b) -> a + "\n" + b);
                } else if (!text.isBlank()) {
                    fields.putIfAbsent(name, text);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                Location end = reader.getLocation();
                String own = start >= 0 && end.getCharacterOffset() > start && end.getCharacterOffset() <= xml.length()
                        ? xml.substring(start, end.getCharacterOffset()) : "";
                return new FeedEntry(own, startLine, fields);
            }
        }
        throw new XMLStreamException("the feed ends inside an entry", reader.getLocation());
    }

    /** The text inside the current element, nested markup included as text; leaves the reader on its end tag. */
    private String subtreeText(XMLStreamReader reader, int elementDepth) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = elementDepth;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    checkDepth(depth, reader);
                    text.append(' ');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == elementDepth) {
                        return text.toString();
                    }
                    depth--;
                    text.append(' ');
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> text.append(Entities.getByName(reader.getLocalName()));
                default -> { }
            }
        }
        throw new XMLStreamException("the feed ends inside an element", reader.getLocation());
    }

    private void checkDepth(int depth, XMLStreamReader reader) throws XMLStreamException {
        if (depth > maxDepth) {
            throw new XMLStreamException("elements nested deeper than the limit of " + maxDepth,
                    reader.getLocation());
        }
    }
}
