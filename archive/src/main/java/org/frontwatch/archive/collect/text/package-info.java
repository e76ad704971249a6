/** Plain-text files ({@code .txt}, {@code .md}, or text without an extension) in UTF-8 or, failing that, Windows-1251. */
package org.frontwatch.archive.collect.text;
