package org.parley.extract.statement;

import java.util.List;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Who issued a document the text names again: "The junta issued a statement on Tuesday. The statement called on
 * Algeria ...", "Hamas released a letter. The letter said ...". The document is definite ("the", "its") and no plan
 * or proposal (whose owner the plan-owner rules find), and one of the two sentences before it has a verb of issuing
 * ({@code issuing-verbs}) with a document of the same noun as its object: that verb's subject issued it. Sentences
 * of that kind are parsed for this ({@link #mayHold}). Stateless.
 */
final class DocumentIssuers {

    private static final WordList DOCUMENTS = Lexicon.bundled().list("document-nouns");
    private static final WordList ISSUING = Lexicon.bundled().list("issuing-verbs");
    private static final WordList OFFER_NOUNS = Lexicon.bundled().list("offer-nouns");
    private static final WordList DEMAND_NOUNS = Lexicon.bundled().list("demand-nouns");
    /** How many sentences back the issuing may be. */
    private static final int BACK = 2;

    private DocumentIssuers() {
    }

    /**
     * The sentence may issue a document: a verb of issuing with a document noun within its next four words, or a
     * document noun in an "in" phrase ("said in a statement").
     */
    static boolean mayHold(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            if (i >= 2 && DOCUMENTS.contains(s.lemma(i)) && s.word(i - 2).equalsIgnoreCase("in")) {
                return true;
            }
            if (ISSUING.contains(s.lemma(i))) {
                for (int j = i + 1; j < Math.min(s.size(), i + 5); j++) {
                    if (DOCUMENTS.contains(s.lemma(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The party that issued the definite document at {@code token}, named in a sentence before; null when none. */
    static Party earlier(SentenceView s, int token, Parties parties, String rule) {
        String noun = s.lemma(token);
        if (token < 0 || !DOCUMENTS.contains(noun) || OFFER_NOUNS.contains(noun) || DEMAND_NOUNS.contains(noun)
                || !definite(s, token)) {
            return null; // "the plan" is whose plan it is: the plan-owner rules' question
        }
        for (int back = 1; back <= BACK; back++) {
            SentenceView v = parties.context().view(s.index() - back);
            for (int j = 0; v != null && v.parsed() && j < v.size(); j++) {
                int verb = v.head(j);
                boolean issued = v.relation(j).equals("dobj") && ISSUING.contains(v.lemma(verb));
                if (v.lemma(j).equals(s.lemma(token)) && (issued || (verb = occasionOf(v, j)) >= 0)) {
                    int subject = Clauses.subject(v, verb);
                    Party p = subject < 0 ? null : parties.resolve(v, subject, rule + "-document");
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Ruiz said in a statement that", "the ministry, in its letter to the court, argued": the
     * reporting verb a document noun is the occasion of (an "in" phrase on the verb or on its subject); -1 when none.
     */
    private static int occasionOf(SentenceView v, int noun) {
        int prep = v.relation(noun).equals("pobj") ? v.head(noun) : -1;
        if (prep < 0 || !v.word(prep).equalsIgnoreCase("in")) {
            return -1;
        }
        int on = v.head(prep);
        int verb = on >= 0 && v.relation(on).equals("nsubj") ? v.head(on) : on;
        return Clauses.reporting(v, verb) ? verb : -1;
    }

    /**
     * "The assembly demanded ... The resolution also urged": a definite document with no issuer named is
     * the text of the latest body that made a statement in the two sentences before (a body adopts texts; a state or a
     * person who spoke since may be one who drafted it or is asked by it); null when there is none.
     */
    static List<Party> latestBody(Site x, int document) {
        SentenceView s = x.s();
        if (!DOCUMENTS.contains(s.lemma(document)) || !definite(s, document)) {
            return null;
        }
        List<Frame> frames = x.discourse().frames();
        for (int i = frames.size() - 1; i >= 0 && s.index() - frames.get(i).sentence() <= BACK; i--) {
            Party maker = frames.get(i).maker();
            if (maker != null && maker.entity().type() == EntityType.ORGANIZATION) {
                return List.of(maker.by(RuleId.of("maker.document-subject-body")));
            }
        }
        return null;
    }

    private static boolean definite(SentenceView s, int noun) {
        for (int c : s.children(noun)) {
            String w = s.word(c).toLowerCase(java.util.Locale.ROOT);
            if (s.relation(c).equals("det") && w.equals("the") || s.relation(c).equals("poss") && w.equals("its")) {
                return true;
            }
        }
        return false;
    }
}
