package org.parley.extract.statement.legacy;

import java.util.List;
import java.util.Set;

/** Normalizes the demanded or offered content to one action name ({@code withdrawal}, {@code ceasefire}, ...). */
final class ProposalActions {

    private record Rule(String action, Set<String> words, Set<String> companions) {
    }

    /** A word alone gives the action; with companions, one of them must occur in the content too. */
    private static final List<Rule> RULES = List.of(
            new Rule("withdrawal", Set.of("withdraw", "withdrawal", "withdrawing", "withdrew", "withdrawn", "pullout",
                    "pull-out", "retreat"), Set.of()),
            new Rule("ceasefire", Set.of("ceasefire", "cease-fire", "truce", "armistice", "cessation"), Set.of()),
            new Rule("prisoner-release", Set.of("prisoner", "prisoners", "hostage", "hostages", "detainee",
                    "detainees", "captives", "pows"), Set.of("release", "released", "releasing", "free", "freed",
                    "freeing", "exchange", "swap", "return", "returned")),
            new Rule("sanctions-relief", Set.of("sanctions", "sanction"), Set.of("lift", "lifted", "lifting", "ease",
                    "eased", "easing", "relief", "remove", "removed", "removal", "end", "drop")),
            new Rule("neutrality", Set.of("neutrality", "neutral", "non-aligned", "nonaligned", "non-bloc"), Set.of()),
            new Rule("neutrality", Set.of("join", "membership", "accession"), Set.of("renounce", "renounced",
                    "drop", "abandon", "abandoned", "never", "not", "no", "bid", "give")),
            new Rule("cession", Set.of("cede", "ceded", "ceding", "cession", "surrender", "hand"), Set.of()),
            new Rule("recognition", Set.of("recognize", "recognise", "recognized", "recognised", "recognition",
                    "recognizing", "recognising"), Set.of()),
            new Rule("disarmament", Set.of("disarm", "disarmament", "demilitarize", "demilitarise",
                    "demilitarization", "demilitarisation", "denuclearize", "denuclearization", "denuclearisation",
                    "non-nuclear", "disarming"), Set.of()),
            new Rule("security-guarantee", Set.of("guarantee", "guarantees", "guarantor", "guarantors"),
                    Set.of("security", "safety", "ironclad", "international")),
            new Rule("referendum", Set.of("referendum", "plebiscite"), Set.of()),
            new Rule("elections", Set.of("election", "elections", "vote", "polls"), Set.of()),
            new Rule("constitutional-change", Set.of("constitution", "constitutional"), Set.of()),
            new Rule("aid-access", Set.of("aid", "humanitarian", "corridor", "corridors"), Set.of()),
            new Rule("negotiation", Set.of("talks", "negotiation", "negotiations", "negotiate", "negotiating",
                    "dialogue", "dialog", "talk", "summit", "mediation"), Set.of()));

    private ProposalActions() {
    }

    /** The action of the first rule (in priority order) matched by the lower-case words, or null. */
    static String actionOf(List<String> words) {
        for (Rule r : RULES) {
            boolean hit = false;
            boolean companion = r.companions().isEmpty();
            for (String w : words) {
                hit |= r.words().contains(w);
                companion |= r.companions().contains(w);
            }
            if (hit && companion) {
                return r.action();
            }
        }
        return null;
    }
}
