/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, read with the JDK's StAX parser with DTDs and external entities off
 * (XXE cannot happen); HTML named entities that bad feeds use undeclared ({@code &nbsp;}) are read as HTML.
 * Each entry's capture is the entry's own XML as it stands in the feed, encoded as UTF-8.
 */
package org.frontwatch.archive.collect.feed;
