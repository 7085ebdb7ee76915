package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a participle of linking ({@code route-link-verbs}: connecting, linking, joining) set off by a comma right
 * after a route ({@code route-nouns}) that the trigger verb or a verb below it takes: "offered to build a road through
 * A, linking B with C", "will grant the right to build a railway through A, connecting B to C". The parser hangs the
 * participle on the trigger verb; it names the two ends of the route asked or offered, so it is content and its
 * places are the statement's. Not a participle whose "to" or "with" phrase names no place ("reopen the road to A,
 * linking the move to a truce in B"), one with no comma right before it, nor one after a phrase that is no route
 * taken as an object ("offered new talks, linking A to the truce").
 */
final class RouteLinks {

    private static final WordList LINK_VERBS = Lexicon.bundled().list("route-link-verbs");
    private static final WordList ROUTE_NOUNS = Lexicon.bundled().list("route-nouns");
    private static final WordList ENDS = Lexicon.bundled().list("route-end-prepositions");

    private RouteLinks() {
    }

    /** The tokens of the route-linking participles of trigger verb {@code h}; empty when none. */
    static List<Integer> links(SentenceView s, int h) {
        List<Integer> out = new ArrayList<>();
        if (h < 0 || !s.isVerb(h)) {
            return out;
        }
        for (int c : participles(s, h)) {
            if (s.pos(c).equals("VBG") && LINK_VERBS.contains(s.lemma(c).toLowerCase(Locale.ROOT))
                    && ends(s, c) && afterRoute(s, h, c)) {
                out.addAll(ContentRules.subtree(s, c));
            }
        }
        return out;
    }

    /**
     * The adverbial clauses of verb {@code h} and of the verbs above it ("offered to build a road": the parser hangs
     * the participle on "offered" when the content is that of "build").
     */
    private static List<Integer> participles(SentenceView s, int h) {
        List<Integer> out = new ArrayList<>();
        for (int v = h, steps = 0; v >= 0 && s.isVerb(v) && steps < 3; v = s.head(v), steps++) {
            out.addAll(s.children(v, "advcl"));
        }
        return out;
    }

    /**
     * Whether the comma right before the participle closes the phrase of a route noun below verb {@code h} that is
     * the object of a verb, or the phrase of that verb when the participle is not below it ("to build a railway
     * through A, connecting": the parser may hang "through A" on "build").
     */
    private static boolean afterRoute(SentenceView s, int h, int participle) {
        if (participle < 2 || !s.word(participle - 1).equals(",")) {
            return false;
        }
        for (int t : s.subtree(h)) {
            int verb = s.head(t);
            if (t < participle - 1 && s.listed(ROUTE_NOUNS, t) && s.relation(t).equals("dobj") && s.isVerb(verb)
                    && (last(s, t) == participle - 2
                    || !s.dominates(verb, participle) && last(s, verb) == participle - 2)) {
                return true;
            }
        }
        return false;
    }

    /** The last token of the phrase of {@code t}. */
    private static int last(SentenceView s, int t) {
        List<Integer> phrase = s.subtree(t);
        return phrase.get(phrase.size() - 1);
    }

    /** Whether the participle's phrase holds a "to" or "with" phrase that names a place, the route's other end. */
    private static boolean ends(SentenceView s, int participle) {
        return s.subtree(participle).stream().anyMatch(p -> s.relation(p).equals("prep")
                && ENDS.contains(s.word(p).toLowerCase(Locale.ROOT)) && place(s, s.child(p, "pobj")));
    }

    private static boolean place(SentenceView s, int t) {
        SentenceView.Placed m = s.mentionAt(t);
        return m != null && m.isPlace();
    }
}
