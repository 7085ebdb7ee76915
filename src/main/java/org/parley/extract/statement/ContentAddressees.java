package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.EntityType;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Addressees named inside a statement's content rather than on its trigger: the counterpart of an act done together
 * ("a peace treaty with A", "discuss fishing rights with A"), the one an offered act gives to or speaks to ("offered to
 * return the bodies to A", "ready to talk to A"), and the state an offered thing is for ("membership talks for A").
 */
final class ContentAddressees {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList JOINT_ACTS = LEXICON.list("joint-act-nouns");
    private static final WordList NEGOTIATION = LEXICON.list("negotiation-verbs");
    private static final WordList RECIPIENT_VERBS = LEXICON.list("recipient-verbs");
    private static final WordList BENEFITS = LEXICON.list("benefit-nouns");

    private ContentAddressees() {
    }

    /**
     * "a peace treaty with Armenia", "proposed a prisoner exchange with Ukraine", "discuss fishing rights with China":
     * the party in the "with" phrase of a noun of a joint act ({@code joint-act-nouns}), or of the object of a verb of
     * talks ({@code negotiation-verbs}), inside a demand's or an offer's content.
     */
    static List<Party> jointCounterpart(Site x) {
        if (x.frame().kind() == StatementKind.REJECTION) {
            return null;
        }
        SentenceView s = x.s();
        for (int i : around(x)) {
            if (!s.word(i).equalsIgnoreCase("with") || !s.relation(i).equals("prep")) {
                continue;
            }
            int gov = s.head(i);
            boolean talked = s.relation(gov).equals("dobj") && NEGOTIATION.contains(s.lemma(s.head(gov)));
            if (s.isNoun(gov) && (s.listed(JOINT_ACTS, gov) || talked)) {
                List<Party> out = party(x, s.child(i, "pobj"), "addressee.joint-counterpart");
                if (out != null) {
                    return out;
                }
            }
        }
        return null;
    }

    /**
     * "offered to return the bodies to Armenia", "ready to talk to Moscow": the party in the "to" phrase of a verb of
     * giving or speaking ({@code recipient-verbs}) inside an offer's content.
     */
    static List<Party> recipient(Site x) {
        if (x.frame().kind() != StatementKind.OFFER) {
            return null;
        }
        SentenceView s = x.s();
        for (int i : x.frame().content()) {
            if (i == x.head() || !s.isVerb(i) || !s.listed(RECIPIENT_VERBS, i)) {
                continue;
            }
            for (int p : s.children(i, "prep")) {
                List<Party> out = s.word(p).equalsIgnoreCase("to")
                        ? party(x, s.child(p, "pobj"), "addressee.recipient") : null;
                if (out != null) {
                    return out;
                }
            }
        }
        return null;
    }

    /**
     * "held out the possibility of membership talks for Serbia", "offered security guarantees for Ukraine": the party
     * in the "for" phrase of a noun of an offer's content, the one the offered thing is for; not on the trigger or on a
     * noun of a plan or a proposal, whose "for" says what it is about ("a peace proposal for Sri Lanka").
     */
    static List<Party> beneficiary(Site x) {
        if (x.frame().kind() != StatementKind.OFFER) {
            return null;
        }
        SentenceView s = x.s();
        for (int i : around(x)) {
            int gov = s.head(i);
            if (!s.word(i).equalsIgnoreCase("for") || !s.relation(i).equals("prep") || gov == x.head()
                    || !s.listed(BENEFITS, gov)) {
                continue; // "a peace proposal for Sri Lanka", "a package of measures for Kosovo": what it is about
            }
            int o = s.child(i, "pobj");
            SentenceView.Placed m = o < 0 ? null : s.mentionAt(o);
            if (m == null || m.type() != EntityType.COUNTRY) {
                continue; // "protection for the OSCE monitors": a body served, not whom the offer is made to
            }
            List<Party> out = party(x, o, "addressee.beneficiary");
            if (out != null) {
                return out;
            }
        }
        return null;
    }

    private static List<Integer> around(Site x) {
        List<Integer> out = new ArrayList<>(x.frame().content());
        out.add(x.head());
        return out;
    }

    private static List<Party> party(Site x, int token, String rule) {
        if (token < 0) {
            return null;
        }
        Party p = x.parties().resolve(x.s(), token, rule);
        return p == null ? null : x.parties().withConjuncts(x.s(), token, p, rule);
    }
}
