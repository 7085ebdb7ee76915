package org.parley.core;

/** How a mention names its entity. */
public enum MentionKind {
    /** The entity's name or an alias: "Vladimir Putin", "NATO", "Kiev". */
    NAME,
    /** A shorter name resolved to an earlier full name in the article: "Putin". */
    SHORT_NAME,
    /** A place or building standing for a government: "the Kremlin", "Kyiv rejected". */
    METONYM,
    /** A name inside a compound: "US-led", "Kigali-backed". */
    COMPOUND,
    /** A title or role resolved to its holder at the article's date: "the Russian president". */
    TITLE,
    /** A description resolved to an earlier entity: "the alliance" after NATO. */
    DESCRIPTION
}
