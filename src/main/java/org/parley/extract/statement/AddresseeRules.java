package org.parley.extract.statement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * To whom a statement is addressed: an ordered choice ({@code rules/addressees.rules}) between rules that read the
 * sentence's structure: the object of "urged"/"asked" and the dative of "offered", "called on X", the subject of the
 * demanded clause ("demanded that X withdraw", "wants X to", "for X to"), the subject of an obligation ("X must"),
 * the owner of what a rejection rejects ("rejected an Egyptian proposal"), the owner of the forces a demand moves
 * ("Russian troops must leave").
 */
final class AddresseeRules {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList FORCE_NOUNS = LEXICON.list("force-nouns");

    private final DecisionList<Site, List<Party>> order;

    AddresseeRules() {
        Map<String, Function<Site, List<Party>>> r = DecisionList.registry();
        r.put("addressee.object", AddresseeRules::object);
        r.put("addressee.call-on", AddresseeRules::callOn);
        r.put("addressee.clause-subject", AddresseeRules::clauseSubject);
        r.put("addressee.for-subject", AddresseeRules::forSubject);
        r.put("addressee.obligation-subject", AddresseeRules::obligationSubject);
        r.put("addressee.to-phrase", AddresseeRules::toPhrase);
        r.put("addressee.from-phrase", AddresseeRules::fromPhrase);
        r.put("addressee.gerund-subject", AddresseeRules::gerundSubject);
        r.put("addressee.rejected-owner", AddresseeRules::rejectedOwner);
        r.put("addressee.force-owner", AddresseeRules::forceOwner);
        order = DecisionList.load("addressees.rules", r);
    }

    Frame apply(Site site) {
        List<Party> to = order.first(site);
        if (to == null) {
            return site.frame();
        }
        List<Party> kept = to.stream().filter(p -> site.frame().makers().stream().noneMatch(p::same)).toList();
        return kept.isEmpty() ? site.frame() : site.frame().withAddressees(kept);
    }

    private static List<Party> found(Site x, int token, String rule) {
        Party p = x.parties().resolve(x.s(), token, rule);
        if (p == null) {
            List<Party> plural = x.parties().plural(x.s(), token, rule);
            return plural.isEmpty() ? null : plural;
        }
        return x.parties().withConjuncts(x.s(), token, p, rule);
    }

    /** "urged Sudan to", "asked him to", "offered the rebels a truce": an object or dative party of the trigger verb. */
    static List<Party> object(Site x) {
        if (!x.s().isVerb(x.head()) || x.frame().kind() == StatementKind.REJECTION) {
            return null;
        }
        for (int c : x.s().children(x.head())) {
            String r = x.s().relation(c);
            if (r.equals("dobj") || r.equals("dative") || r.equals("iobj")) {
                List<Party> out = found(x, c, "addressee.object");
                if (out != null) {
                    return out;
                }
            }
        }
        return null;
    }

    /** "called on Russia to", "appealed to the UN". */
    static List<Party> callOn(Site x) {
        for (int p : x.s().children(x.head(), "prep")) {
            String w = x.s().word(p);
            if (w.equals("on") || w.equals("upon") || w.equals("to") && x.frame().kind() == StatementKind.DEMAND) {
                int o = x.s().child(p, "pobj");
                List<Party> out = o < 0 ? null : found(x, o, "addressee.call-on");
                if (out != null) {
                    return out;
                }
            }
        }
        return null;
    }

    /** "demanded that Israel withdraw", "wants Israel to free": the subject of the demanded clause. */
    static List<Party> clauseSubject(Site x) {
        if (x.frame().kind() != StatementKind.DEMAND) {
            return null;
        }
        int clause = x.s().child(x.head(), "ccomp", "xcomp");
        int subject = clause < 0 ? -1 : Clauses.subject(x.s(), clause);
        return subject < 0 ? null : found(x, subject, "addressee.clause-subject");
    }

    /** "called for Russia to withdraw", "a demand for Kosovo's police to withdraw". */
    static List<Party> forSubject(Site x) {
        if (x.frame().kind() != StatementKind.DEMAND) {
            return null;
        }
        for (int clause : x.s().children(x.head())) {
            int mark = x.s().child(clause, "mark");
            int subject = mark >= 0 && x.s().word(mark).equals("for") ? Clauses.subject(x.s(), clause) : -1;
            List<Party> out = subject < 0 ? null : found(x, subject, "addressee.for-subject");
            if (out == null && subject >= 0) {
                Party owner = x.parties().owner(x.s(), subject, "addressee.for-subject");
                out = owner == null ? null : List.of(owner);
            }
            if (out != null) {
                return out;
            }
        }
        for (int p : x.s().children(x.head(), "prep")) {
            if (!x.s().word(p).equals("for")) {
                continue;
            }
            int o = x.s().child(p, "pobj");
            if (o >= 0 && (x.s().child(o, "acl", "relcl") >= 0 || x.s().word(o + 1).equals("to")
                    || x.s().child(p, "pcomp") >= 0)) {
                List<Party> out = found(x, o, "addressee.for-subject");
                if (out != null) {
                    return out;
                }
                Party owner = x.parties().owner(x.s(), o, "addressee.for-subject");
                if (owner != null) {
                    return List.of(owner);
                }
            }
        }
        return null;
    }

    /** "Israel must withdraw", "the UK should return": the subject of the verb an obligation governs. */
    static List<Party> obligationSubject(Site x) {
        if (!x.trigger().obligation()) {
            return null;
        }
        int verb = x.s().relation(x.head()).equals("aux") ? x.s().head(x.head()) : x.head();
        int subject = Clauses.subject(x.s(), verb);
        if (subject < 0) {
            return null;
        }
        List<Party> out = found(x, subject, "addressee.obligation-subject");
        if (out == null) {
            Party owner = x.parties().owner(x.s(), subject, "addressee.obligation-subject");
            return owner == null ? null : List.of(owner);
        }
        return out;
    }

    /** "a proposal to Qatar", "delivered the demands to Qatar", "offered talks to the rebels". */
    static List<Party> toPhrase(Site x) {
        if (x.frame().kind() == StatementKind.REJECTION) {
            return null;
        }
        int governor = x.s().isNoun(x.head()) && x.s().relation(x.head()).equals("dobj") ? x.s().head(x.head()) : -1;
        for (int at : new int[] {x.head(), governor}) {
            for (int p : x.s().children(at, "prep")) {
                if (x.s().word(p).equals("to")) {
                    int o = x.s().child(p, "pobj");
                    List<Party> out = o < 0 ? null : found(x, o, "addressee.to-phrase");
                    if (out != null) {
                        return out;
                    }
                }
            }
        }
        return null;
    }

    /** "requested clarification from Morocco", "sought guarantees from Kabul": whom a demand is asked of. */
    static List<Party> fromPhrase(Site x) {
        if (x.frame().kind() != StatementKind.DEMAND || !x.s().isVerb(x.head())) {
            return null;
        }
        int object = x.s().child(x.head(), "dobj");
        for (int at : new int[] {x.head(), object}) {
            for (int p : x.s().children(at, "prep")) {
                if (x.s().word(p).equals("from")) {
                    int o = x.s().child(p, "pobj");
                    List<Party> out = o < 0 ? null : found(x, o, "addressee.from-phrase");
                    if (out != null) {
                        return out;
                    }
                }
            }
        }
        return null;
    }

    /** "the importance of Ethiopia negotiating", "the need for Kyiv's forces to leave": the one the noun asks to act. */
    static List<Party> gerundSubject(Site x) {
        if (x.frame().kind() != StatementKind.DEMAND || !x.s().isNoun(x.head())) {
            return null;
        }
        for (int p : x.s().children(x.head(), "prep")) {
            int clause = x.s().child(p, "pcomp", "pobj");
            int subject = clause < 0 ? -1 : x.s().child(clause, "nsubj", "poss");
            List<Party> out = subject < 0 ? null : found(x, subject, "addressee.gerund-subject");
            if (out != null) {
                return out;
            }
        }
        return null;
    }

    /** "rejected an Egyptian proposal", "rejected Moscow's demand", "rejected demands by the US". */
    static List<Party> rejectedOwner(Site x) {
        if (x.frame().kind() != StatementKind.REJECTION) {
            return null;
        }
        int object = x.s().child(x.head(), "dobj", "nsubjpass", "pobj");
        if (object < 0) {
            for (int p : x.s().children(x.head(), "prep")) {
                object = object < 0 ? x.s().child(p, "pobj") : object;
            }
        }
        if (object < 0) {
            return null;
        }
        SentenceView.Placed m = x.s().mentionAt(object);
        if (m != null && m.agentive()) {
            return List.of(Party.named(m, org.parley.core.RuleId.of("addressee.rejected-party")));
        }
        Party owner = x.parties().modifierOwner(x.s(), object, "addressee.rejected-owner");
        int misread = x.s().isVerb(object) ? x.s().child(object, "nsubj") : -1;
        if (owner == null && misread >= 0) {
            owner = x.parties().resolve(x.s(), misread, "addressee.rejected-owner");
        }
        if (owner == null) {
            int acl = x.s().child(object, "acl", "relcl");
            int agent = acl < 0 ? -1 : x.s().child(acl, "agent");
            int o = agent < 0 ? -1 : x.s().child(agent, "pobj");
            owner = o < 0 ? null : x.parties().resolve(x.s(), o, "addressee.rejected-owner");
        }
        return owner == null ? null : List.of(owner);
    }

    /** "Russian troops must leave", "the withdrawal of Ethiopian forces": the owner of the forces in the content. */
    static List<Party> forceOwner(Site x) {
        if (x.frame().kind() != StatementKind.DEMAND) {
            return null;
        }
        for (int i : x.frame().content()) {
            if (FORCE_NOUNS.contains(x.s().lemma(i)) || FORCE_NOUNS.contains(x.s().word(i))) {
                Party owner = x.parties().modifierOwner(x.s(), i, "addressee.force-owner");
                if (owner == null) {
                    owner = x.parties().owner(x.s(), i, "addressee.force-owner");
                }
                if (owner != null) {
                    return List.of(owner);
                }
            }
        }
        return null;
    }
}
