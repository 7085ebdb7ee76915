package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.core.EntityType;
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
    private static final WordList WITHDRAWALS = LEXICON.list("withdrawal-nouns");
    private static final WordList TALK_NOUNS = LEXICON.list("talk-nouns");
    private static final WordList SEPARATION = LEXICON.list("separation-nouns");
    private static final WordList NEGOTIATION = LEXICON.list("negotiation-verbs");
    private static final WordList COOPERATION = LEXICON.list("cooperation-verbs");
    private static final WordList OFFER_VERBS = LEXICON.list("offer-verbs");
    private static final WordList PERMISSION = LEXICON.list("permission-verbs");

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
        r.put("addressee.counterpart", AddresseeRules::counterpart);
        r.put("addressee.joint-counterpart", ContentAddressees::jointCounterpart);
        r.put("addressee.recipient", ContentAddressees::recipient);
        r.put("addressee.beneficiary", ContentAddressees::beneficiary);
        r.put("addressee.permitted", AddresseeRules::permitted);
        r.put("addressee.passive-subject", AddresseeRules::passiveSubject);
        r.put("addressee.place-owner", AddresseeRules::placeOwner);
        r.put("addressee.host-state", SoilOwners::hostState);
        r.put("addressee.rejected-owner", AddresseeRules::rejectedOwner);
        r.put("addressee.force-owner", AddresseeRules::forceOwner);
        r.put("addressee.separated-state", AddresseeRules::separatedState);
        order = DecisionList.load("addressees.rules", r);
    }

    Frame apply(Site site) {
        List<Party> to = order.first(site);
        if (to == null) {
            return site.frame();
        }
        List<Party> kept = to.stream().filter(p -> site.frame().makers().stream().noneMatch(m -> ownSide(site, m, p)))
                .toList();
        return kept.isEmpty() ? site.frame() : site.frame().withAddressees(kept);
    }

    /**
     * Whether {@code p} is the maker {@code m} or the state a person maker serves ("Georgia will never trade its
     * land," the prime minister said).
     */
    private static boolean ownSide(Site site, Party m, Party p) {
        return p.same(m) || p.entity().equals(site.context().side(m.entity()));
    }

    private static List<Party> found(Site x, int token, String rule) {
        Party p = x.parties().resolve(x.s(), token, rule);
        if (p == null) {
            List<Party> plural = x.parties().plural(x.s(), token, rule);
            return plural.isEmpty() ? null : plural;
        }
        return x.parties().withConjuncts(x.s(), token, p, rule);
    }

    /**
     * "urged Sudan to", "asked him to", "offered the rebels a truce": an object or dative party of the trigger verb;
     * for an offer, also a party the parser took as a compound of the object right after the verb ("offering Moscow
     * talks").
     */
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
                SentenceView.Placed region = r.equals("dobj") ? null : x.s().mentionAt(c);
                if (region != null && region.type() == EntityType.REGION) {
                    // "would offer Transnistria a special status": the region given something is whom it is offered
                    return List.of(Party.named(region, org.parley.core.RuleId.of("addressee.object-dative")));
                }
            }
        }
        int object = x.s().child(x.head(), "dobj");
        int next = x.head() + 1;
        SentenceView.Placed dative = x.s().mentionAt(next);
        boolean compound = object >= 0 && x.s().subtree(object).get(0) == next
                && x.s().relation(next).equals("compound");
        if (x.frame().kind() == StatementKind.OFFER && compound && dative != null && dative.agentive()) {
            return List.of(Party.named(dative, org.parley.core.RuleId.of("addressee.object-dative")));
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
        boolean proposal = x.frame().kind() == StatementKind.OFFER && OFFER_VERBS.contains(x.s().lemma(x.head()));
        if (x.frame().kind() != StatementKind.DEMAND && !proposal) {
            return null; // "proposed that Ukraine host the talks" names whom the offer is made to as well
        }
        int clause = x.s().child(x.head(), "ccomp", "xcomp");
        if (clause < 0 && x.s().isNoun(x.head())) {
            // "the demand by Armenia that Azerbaijan free all detainees": the noun's "that" clause
            for (int c : x.s().children(x.head())) {
                clause = clause < 0 && Clauses.complementizer(x.s(), c) ? c : clause;
            }
        }
        int subject = clause < 0 ? -1 : Clauses.subject(x.s(), clause);
        if (subject < 0) {
            return null;
        }
        List<Party> out = found(x, subject, "addressee.clause-subject");
        if (out == null && !Conditions.partyLike(x.s(), subject)) {
            // "demanded that Iran's nuclear sites be dismantled": the owner of what is to be done
            Party owner = x.parties().bodyOwners().modifierOwner(x.s(), subject, "addressee.clause-subject-owner");
            out = owner == null ? null : List.of(owner);
        }
        return out;
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
                Party owner = x.parties().bodyOwners().owner(x.s(), subject, "addressee.for-subject");
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
                Party owner = x.parties().bodyOwners().owner(x.s(), o, "addressee.for-subject");
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
            List<Party> owners = x.parties().bodyOwners().owners(x.s(), subject, "addressee.obligation-subject");
            return owners.isEmpty() ? null : owners;
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

    /**
     * "requested clarification from Morocco", "sought guarantees from Kabul", "would not sign without guarantees from
     * Kabul" (the object of a "without" phrase on the verb, what a refusal lacks): whom a demand is asked of. Not when
     * the object is a noun of leaving ({@code withdrawal-nouns}): "demanded the withdrawal of the troops from Chad"
     * names the place to be left, wherever the parser hangs the "from" phrase.
     */
    static List<Party> fromPhrase(Site x) {
        if (x.frame().kind() != StatementKind.DEMAND || !x.s().isVerb(x.head())) {
            return null;
        }
        int object = x.s().child(x.head(), "dobj");
        if (object >= 0 && WITHDRAWALS.contains(x.s().lemma(object))) {
            return null;
        }
        int lacked = -1;
        for (int p : x.s().children(x.head(), "prep")) {
            lacked = lacked < 0 && x.s().word(p).equalsIgnoreCase("without") ? x.s().child(p, "pobj") : lacked;
        }
        for (int at : new int[] {x.head(), object, lacked}) {
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

    /**
     * "a binding vote on independence from Spain": the party a region would separate from (a "from" phrase on a noun
     * of the {@code separation-nouns} list in the content) is the one asked to accept it.
     */
    static List<Party> separatedState(Site x) {
        SentenceView s = x.s();
        for (int n : x.frame().content()) {
            if (!SEPARATION.contains(s.lemma(n))) {
                continue;
            }
            for (int p : s.children(n, "prep")) {
                int o = s.word(p).equals("from") ? s.child(p, "pobj") : -1;
                List<Party> out = o < 0 ? null : found(x, o, "addressee.separated-state");
                if (out != null) {
                    return out;
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

    /**
     * "rejected an Egyptian proposal", "rejected Moscow's demand", "rejected demands by the US", "Moscow's offer did
     * not meet ...", "Moldova's plan was not acceptable": the owner of what is rejected, which is the subject of the
     * trigger's clause when the trigger is said of it (a predicate on the copula, "did not meet") and it is no party;
     * else whom a "from" or "by" phrase says it came from ("rejected the criticism from Tbilisi").
     */
    static List<Party> rejectedOwner(Site x) {
        if (x.frame().kind() != StatementKind.REJECTION || CoercedPassives.refuserSubject(x.trigger().rule())) {
            return null;
        }
        int verb = Clauses.verb(x.s(), x.head());
        boolean saidOfSubject = verb != x.head() || x.trigger().rule().id().equals("statement.rejection.not-meet");
        int subject = saidOfSubject ? Clauses.subject(x.s(), verb) : -1;
        boolean thing = subject >= 0 && !Conditions.partyLike(x.s(), subject) && x.s().mentionAt(subject) == null
                && !Parties.people(x.s(), subject);
        int object = thing ? subject : x.s().child(x.head(), "dobj", "nsubjpass", "pobj");
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
        Party owner = x.parties().bodyOwners().modifierOwner(x.s(), object, "addressee.rejected-owner");
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
        if (owner == null) {
            owner = source(x, object);
        }
        return owner == null ? null : List.of(owner);
    }

    /** "rejected the criticism from Tbilisi", "denied accusations by Syrian officials": whom it came from, or null. */
    private static Party source(Site x, int object) {
        for (int p : x.s().children(object, "prep")) {
            int o = x.s().word(p).equals("from") || x.s().word(p).equals("by") ? x.s().child(p, "pobj") : -1;
            Party from = o < 0 ? null : x.parties().resolve(x.s(), o, "addressee.rejected-source");
            if (from != null) {
                return from;
            }
        }
        return null;
    }

    /** "Russian troops must leave", "the withdrawal of Ethiopian forces": the owner of the forces in the content. */
    /**
     * "Russian troops must leave", "a pullout of Kenyan soldiers and the gunmen of Gedo", "an Israeli
     * withdrawal", "troops from Amhara and Eritrea": the owners of the forces, or of the withdrawal, the content moves.
     */
    static List<Party> forceOwner(Site x) {
        if (x.frame().kind() != StatementKind.DEMAND) {
            return null;
        }
        List<Party> out = new ArrayList<>();
        for (int i : x.frame().content()) {
            if (x.s().listed(FORCE_NOUNS, i) || WITHDRAWALS.contains(x.s().lemma(i))) {
                Party owner = x.parties().bodyOwners().modifierOwner(x.s(), i, "addressee.force-owner");
                if (owner == null) {
                    owner = x.parties().bodyOwners().owner(x.s(), i, "addressee.force-owner");
                }
                if (owner != null && out.stream().noneMatch(owner::same)) {
                    out.add(owner);
                    for (Party more : x.parties().bodyOwners().ownerConjuncts(x.s(), i, "addressee.force-owner")) {
                        if (out.stream().noneMatch(more::same)) {
                            out.add(more);
                        }
                    }
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * "talks with Washington", "ready to negotiate with Russia", "ruled out talks with the ELN", "would sit down with
     * Togo", and for an offer or a refusal "ready to work with Thimphu", "to settle its differences with Asmara"
     * (cooperation-verbs, or their object; in a demand, "stop working with Iran" names a third party): the counterpart.
     */
    static List<Party> counterpart(Site x) {
        List<Integer> around = new ArrayList<>(x.frame().content());
        around.add(x.head());
        for (int i : around) {
            if (!x.s().word(i).equals("with") || !x.s().relation(i).equals("prep")) {
                continue;
            }
            int gov = x.s().head(i);
            int together = x.s().relation(gov).equals("dobj") ? x.s().head(gov) : gov; // "settle its differences with"
            if (x.s().listed(TALK_NOUNS, gov) || NEGOTIATION.contains(x.s().lemma(gov))
                    || COOPERATION.contains(x.s().lemma(together)) && x.frame().kind() != StatementKind.DEMAND
                    || x.s().lemma(gov).equals("sit")) {
                int o = x.s().child(i, "pobj");
                List<Party> out = o < 0 ? null : found(x, o, "addressee.counterpart");
                if (out != null) {
                    return out;
                }
            }
        }
        return null;
    }

    /**
     * "offered to let Ethiopia use the port", "would allow Ukraine to export grain": the party an offer lets act, the
     * object or the clause subject of a verb of letting in its content.
     */
    static List<Party> permitted(Site x) {
        if (x.frame().kind() != StatementKind.OFFER) {
            return null;
        }
        for (int i : x.frame().content()) {
            if (!x.s().listed(PERMISSION, i)) {
                continue;
            }
            int clause = x.s().child(i, "ccomp", "xcomp");
            int subject = clause < 0 ? -1 : Clauses.subject(x.s(), clause);
            for (int party : new int[] {x.s().child(i, "dobj", "dative"), subject}) {
                List<Party> out = party < 0 ? null : found(x, party, "addressee.permitted");
                if (out != null) {
                    return out;
                }
            }
        }
        return null;
    }

    /** "Armenia was urged to reopen the road", "Serbia was asked by the EU to": the subject a demand is put to. */
    static List<Party> passiveSubject(Site x) {
        if (x.frame().kind() != StatementKind.DEMAND || !x.s().isVerb(x.head())) {
            return null;
        }
        int subject = x.s().child(x.head(), "nsubjpass");
        return subject < 0 ? null : found(x, subject, "addressee.passive-subject");
    }

    /**
     * "free passage through Armenia's Syunik province", "its claim to the Antofagasta region of Chile": the state a
     * place at issue belongs to, when nothing else names the addressee.
     */
    static List<Party> placeOwner(Site x) {
        if (x.frame().kind() != StatementKind.DEMAND) {
            return null;
        }
        for (int i : x.frame().content()) {
            SentenceView.Placed m = x.s().mentionAt(i);
            if (m == null || m.type() != EntityType.COUNTRY || m.head() != i) {
                continue;
            }
            String r = x.s().relation(i);
            int gov = x.s().head(i);
            if (r.equals("pobj") && x.s().word(gov).equals("of")) {
                gov = x.s().head(gov);
            } else if (!r.equals("poss")) {
                continue;
            }
            if (m.covers(gov)) {
                continue; // "the Democratic Republic of Congo": the country's own name, not a place it owns
            }
            SentenceView.Placed located = x.s().mentionAt(gov);
            boolean place = located != null && located.isPlace()
                    || x.s().children(gov).stream().anyMatch(c -> x.s().mentionAt(c) != null && x.s().mentionAt(c).isPlace());
            if (place) {
                return List.of(Party.named(m, org.parley.core.RuleId.of("addressee.place-owner")));
            }
        }
        return null;
    }
}
