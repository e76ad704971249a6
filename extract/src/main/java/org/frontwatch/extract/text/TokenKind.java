package org.frontwatch.extract.text;

/** What a token is made of. */
public enum TokenKind {
    WORD, NUMBER, PUNCTUATION, SYMBOL
}
