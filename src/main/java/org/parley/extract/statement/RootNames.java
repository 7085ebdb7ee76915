package org.parley.extract.statement;

/**
 * A name the parser made the root of its sentence, hanging the verbs it is the subject of on it as participles:
 * "Hakan Fidan, speaking in Ankara, called on the world to ..., and he dismissed" (the parser reads "Fidan" as the
 * head and "called" as a clause describing it). Such a name acts in the sentence as its subject does, so a pronoun
 * after that verb may stand for it. A part of {@link Parties}. Stateless.
 */
final class RootNames {

    private RootNames() {
    }

    /**
     * Whether {@code i} is a party's name that is the sentence's root and carries a verb in the past before the
     * pronoun at {@code token} as a participle clause ({@code acl}).
     */
    static boolean acting(SentenceView s, int i, int token) {
        if (!s.relation(i).equals("root") || s.mentionAt(i) == null || !s.mentionAt(i).agentive()) {
            return false;
        }
        return s.children(i, "acl").stream().anyMatch(c -> c < token && (s.pos(c).equals("VBD")
                || s.pos(c).equals("VBN") && s.child(c, "agent") < 0 && s.word(c - 1).equals(",")));
    }
}
