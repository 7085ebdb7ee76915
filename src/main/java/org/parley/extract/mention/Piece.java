package org.parley.extract.mention;

import java.util.regex.Pattern;

/**
 * A word piece of a sentence: a token, or a part of one split at a hyphen or before a possessive "s".
 *
 * @param begin         offset of its first character in the article body
 * @param end           offset after its last character
 * @param text          the piece as written
 * @param norm          its look-up form ({@link NameText#norm})
 * @param pos           the POS tag of the token it starts in, or "" when it starts inside none
 * @param sep           the text between the previous piece and this one ("" for the first piece of a sentence)
 * @param possessive    the "s" of a possessive ("Putin's")
 * @param sentenceStart the first piece of its sentence
 */
record Piece(int begin, int end, String text, String norm, String pos, String sep, boolean possessive,
             boolean sentenceStart) {

    private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

    boolean cap() {
        return NameText.isCapitalized(text);
    }

    boolean lower() {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    boolean allCaps() {
        return NameText.isAllCaps(text);
    }

    /** A number of one to three digits ("12" in "Channel 12"). */
    boolean shortNumber() {
        return SHORT_NUMBER.matcher(text).matches();
    }

    /** The separator before this piece without surrounding spaces ("," for ", "). */
    String mark() {
        return sep.strip();
    }
}
