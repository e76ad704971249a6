package org.frontwatch.archive.collect.html;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head and structured data: title ({@code og:title}, {@code <title>},
 * first {@code <h1>}), publication time ({@code article:published_time}, {@code itemprop=datePublished},
 * {@code datePublished} in JSON-LD, the first {@code <time datetime>}), site name and canonical address.
 */
final class PageFacts {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    String title(Document page) {
        return firstPresent(meta(page, "meta[property=og:title]"), meta(page, "meta[name=twitter:title]"),
                Optional.of(page.title().strip()).filter(t -> !t.isEmpty()),
                Optional.ofNullable(page.selectFirst("h1")).map(Element::text).map(String::strip)
                        .filter(t -> !t.isEmpty()))
                .orElse("");
    }

    Optional<Instant> published(Document page) {
        for (String query : new String[] {"meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=dc.date.issued]",
                "meta[name=DC.date.issued]"}) {
            Optional<Instant> date = meta(page, query).flatMap(PublicationDates::parse);
            if (date.isPresent()) {
                return date;
            }
        }
        for (Element marked : page.select("[itemprop=datePublished]")) {
            String value = marked.hasAttr("datetime") ? marked.attr("datetime")
                    : marked.hasAttr("content") ? marked.attr("content") : marked.text();
            Optional<Instant> date = PublicationDates.parse(value);
            if (date.isPresent()) {
                return date;
            }
        }
        Optional<Instant> linkedData = linkedData(page, "datePublished").flatMap(PublicationDates::parse);
        if (linkedData.isPresent()) {
            return linkedData;
        }
        for (Element time : page.select("time[datetime]")) {
            Optional<Instant> date = PublicationDates.parse(time.attr("datetime"));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    Optional<String> siteName(Document page) {
        return firstPresent(meta(page, "meta[property=og:site_name]"), meta(page, "meta[name=application-name]"));
    }

    Optional<String> canonicalUrl(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        Optional<String> link = Optional.ofNullable(canonical).map(c -> c.absUrl("href"))
                .filter(href -> href.startsWith("http"));
        return firstPresent(link, meta(page, "meta[property=og:url]").filter(url -> url.startsWith("http")));
    }

    private static Optional<String> meta(Document page, String query) {
        Element meta = page.selectFirst(query);
        return Optional.ofNullable(meta).map(m -> m.attr("content").strip()).filter(content -> !content.isEmpty());
    }

    private static Optional<String> linkedData(Document page, String field) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<String> value = find(JSON.readTree(script.data()), field, 0);
                if (value.isPresent()) {
                    return value;
                }
            } catch (Exception unreadable) {
                // broken structured data is common; the page's other facts still count
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(JsonNode node, String field, int depth) {
        if (node == null || depth > 16) {
            return Optional.empty();
        }
        if (node.isObject() && node.path(field).isTextual()) {
            return Optional.of(node.path(field).asText());
        }
        Iterator<JsonNode> children = node.elements();
        while (children.hasNext()) {
            Optional<String> value = find(children.next(), field, depth + 1);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> firstPresent(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }
}
