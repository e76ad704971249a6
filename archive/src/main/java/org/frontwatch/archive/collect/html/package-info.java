/**
 * HTML pages (jsoup): the article text separated from navigation, headers, footers, cookie banners, related
 * links, scripts and styles — the marked article body when the page has one, else the densest block of
 * paragraphs — with title, publication date and site name.
 */
package org.frontwatch.archive.collect.html;
