package org.frontwatch.model;

/** The kind of source an item came from. */
public enum SourceKind {
    TELEGRAM, RSS, ATOM, HTML, PDF, DOCX, TEXT, WARC, WEB
}
