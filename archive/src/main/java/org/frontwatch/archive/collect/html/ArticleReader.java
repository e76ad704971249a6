package org.frontwatch.archive.collect.html;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Separates a page's article from its boilerplate. Markup that is never article text (scripts, styles, forms,
 * navigation, page headers and footers, asides) goes first; then the article is the element marked
 * {@code itemprop=articleBody}, else the {@code <article>} with most text, else {@code <main>}, else the
 * element whose paragraphs score highest (Readability's text-density idea: paragraph length, discounted by the
 * share of link text); inside it, blocks whose class or id names them as cookie banners, related links,
 * sharing buttons, comments or adverts are dropped when they hold less than half of its text.
 */
public final class ArticleReader {
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, iframe, object, embed, "
            + "canvas, form, button, select, input, textarea, nav, aside, header, footer, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden]";
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(?:^|[\\s_-])(?:nav|navbar|menu|cookies?|"
            + "consent|gdpr|banner|related|recommended|read-?more|share|sharing|social|subscribe|subscription|"
            + "newsletter|comments?|advert|ads|adv|promo|breadcrumbs?|sidebar|popup|modal|tags|byline-share)"
            + "(?:$|[\\s_-])");
    private static final int SHORTEST_PARAGRAPH = 25;

    private final PageFacts facts = new PageFacts();

    /** The article of {@code document}; the document itself is not changed. */
    public Article read(Document document) {
        Document page = document.clone();
        String title = facts.title(page);
        Optional<Instant> published = facts.published(page);
        Optional<String> siteName = facts.siteName(page);
        Optional<String> canonical = facts.canonicalUrl(page);
        Element body = page.body();
        body.select(NEVER_TEXT).remove();
        Element article = articleElement(body);
        dropBoilerplate(article);
        return new Article(title, BlockText.of(article), published, siteName, canonical);
    }

    private static Element articleElement(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && marked.text().length() >= SHORTEST_PARAGRAPH) {
            return marked;
        }
        Element longestArticle = null;
        for (Element article : body.select("article")) {
            if (longestArticle == null || article.text().length() > longestArticle.text().length()) {
                longestArticle = article;
            }
        }
        if (longestArticle != null && longestArticle.text().length() >= SHORTEST_PARAGRAPH) {
            return longestArticle;
        }
        Element main = body.selectFirst("main, [role=main]");
        if (main != null && main.text().length() >= SHORTEST_PARAGRAPH) {
            return main;
        }
        return densestBlock(body);
    }

    private static Element densestBlock(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : body.select("p, pre, blockquote")) {
            int length = paragraph.text().length();
            if (length < SHORTEST_PARAGRAPH) {
                continue;
            }
            double score = 1 + length / 100.0 + paragraph.text().chars().filter(c -> c == ',').count();
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double adjusted = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (adjusted > bestScore) {
                best = entry.getKey();
                bestScore = adjusted;
            }
        }
        return best;
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 1;
        }
        int linked = element.select("a").stream().mapToInt(link -> link.text().length()).sum();
        return Math.min(1, (double) linked / length);
    }

    private static void dropBoilerplate(Element article) {
        int total = article.text().length();
        Elements all = article.select("*");
        for (Element element : all) {
            if (element == article || element.parent() == null) {
                continue;
            }
            String names = element.className() + " " + element.id();
            if (BOILERPLATE.matcher(names).find() && element.text().length() * 2 < total) {
                element.remove();
            }
        }
    }
}
