package org.frontwatch.model;

/** What a mention names. */
public enum MentionType {
    /** A region named explicitly: Russian federal subject or Ukrainian oblast; key is ISO 3166-2. */
    REGION,
    /** A populated place from the gazetteer; key is the gazetteer key. */
    PLACE,
    /** A military formation or unit number; key is {@code unit:<kind>:<designation>}. */
    UNIT,
    /** An organisation (outlet, ministry, NGO, armed force); key is {@code org:<slug>}. */
    ORG,
    /** A date or period, resolved against the publication date. */
    DATE,
    /** A figure about people or events. */
    QUANTITY,
    /** A named person (kept for redaction, never published in public mode). */
    PERSON
}
