package org.parley.extract.mention;

/**
 * A capitalized phrase no rule could type in its sentence: the rest of the article may still name it (a surname
 * after the full name, a name the article typed elsewhere).
 *
 * @param p the pieces of its sentence
 * @param a first piece
 * @param e piece after the last
 */
record UnresolvedName(SentencePieces p, int a, int e) {

    int length() {
        return e - a;
    }
}
