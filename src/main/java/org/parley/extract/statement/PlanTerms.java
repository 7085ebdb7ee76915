package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.parley.core.RuleId;
import org.parley.core.StatementFlag;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The terms of a plan, as the annotation conventions read them. Once a party's plan is named ("Under Armenia's
 * proposal, ...", "the plan, which is offered by Israel, has three phases"), the clauses of that sentence and the
 * next few that say what a side "would" do are its terms, and so is a demand its text makes without a maker ("the
 * second phase calls for Hamas to ..."). The owner's own commitments stay its offers; what the plan asks of another
 * side becomes the owner's demand addressed to that side. When the owner commits to nothing itself and the terms
 * bind two or more other sides, the owner is a mediator: its terms are no statements of their own, the plan is the
 * mediator's one offer.
 */
final class PlanTerms {

    private static final RuleId TERM_DEMAND = RuleId.of("statement.demand.plan-term");
    private static final RuleId TERM_MAKER = RuleId.of("maker.plan-term");
    private static final RuleId TERM_ADDRESSEE = RuleId.of("addressee.plan-term");
    /** How many sentences after the plan's own may still spell out its terms. */
    private static final int WINDOW = 4;
    private static final WordList PLAN_NOUNS = Lexicon.bundled().list("plan-nouns");
    private static final WordList PLAN_PARTS = Lexicon.bundled().list("plan-parts");

    private PlanTerms() {
    }

    /** The frames of an article in text order, with each plan's terms read as the conventions say. */
    static List<Frame> apply(List<Frame> frames, List<SentenceView> views) {
        List<Frame> out = new ArrayList<>(frames);
        for (int p = 0; p < frames.size(); p++) {
            Frame plan = frames.get(p);
            if (!plan(plan)) {
                continue;
            }
            int end = plan.sentence() + WINDOW;
            for (int q = p + 1; q < frames.size(); q++) {
                if (plan(frames.get(q)) && !frames.get(q).maker().same(plan.maker())) {
                    end = Math.min(end, frames.get(q).sentence() - 1); // the next party's plan ends this one
                }
            }
            List<Frame> terms = new ArrayList<>();
            for (Frame f : out) {
                boolean inPlan = f != plan && f.sentence() >= plan.sentence() && f.sentence() <= end;
                if (inPlan && (term(f, views.get(f.sentence())) || unownedTerm(f, plan))) {
                    terms.add(f);
                }
            }
            boolean ownerCommits = terms.stream().anyMatch(t -> t.maker() != null && t.maker().same(plan.maker()));
            long otherSides = terms.stream().filter(t -> t.maker() != null && !t.maker().same(plan.maker()))
                    .map(t -> t.maker().entity().key()).distinct().count();
            boolean mediator = !ownerCommits && otherSides >= 2;
            if (mediator && plan.addressees().isEmpty()) {
                // "Under Norway's plan, Peru would ... and Ecuador would ...": the plan is put to the sides it binds
                List<Party> sides = new ArrayList<>();
                terms.stream().map(Frame::maker).filter(m -> m != null && sides.stream().noneMatch(m::same))
                        .forEach(m -> sides.add(m.by(TERM_ADDRESSEE)));
                out.set(out.indexOf(plan), plan.withAddressees(sides));
            }
            for (Frame t : terms) {
                int i = out.indexOf(t);
                if (t.maker() == null) {
                    out.set(i, t.withMakers(List.of(plan.maker().by(TERM_MAKER)))); // "the second phase calls for"
                } else if (!t.maker().same(plan.maker())) {
                    out.set(i, mediator ? null : demandOf(plan, t));
                }
            }
            out.removeIf(Objects::isNull);
        }
        return out;
    }

    private static boolean plan(Frame f) {
        return f.kind() == StatementKind.OFFER && f.maker() != null && f.rule().id().equals("statement.offer.noun")
                && PLAN_NOUNS.contains(f.cue().toLowerCase(Locale.ROOT));
    }

    /** A side's hypothetical commitment ("Peru would reopen ...") or a demand a part of the plan makes. */
    private static boolean term(Frame f, SentenceView s) {
        boolean commitment = f.kind() == StatementKind.OFFER && f.flags().contains(StatementFlag.HYPOTHETICAL)
                && f.maker() != null && f.maker().rule().id().startsWith("maker.subject");
        return commitment || f.kind() == StatementKind.DEMAND && f.maker() == null && byPlanPart(f, s);
    }

    /**
     * "Under the plan the minister put to the summit, about 500 police would patrol ...": a hypothetical offer of no
     * maker in the plan's own sentence is a term the plan's owner sets out, its own offer.
     */
    private static boolean unownedTerm(Frame f, Frame plan) {
        return f.kind() == StatementKind.OFFER && f.maker() == null && f.sentence() == plan.sentence()
                && f.flags().contains(StatementFlag.HYPOTHETICAL);
    }

    /** "the second phase calls for ...": the trigger's subject is the plan or a part of it. */
    private static boolean byPlanPart(Frame f, SentenceView s) {
        int subject = Clauses.subject(s, Clauses.verb(s, f.head()));
        return subject >= 0 && PLAN_PARTS.contains(s.lemma(subject));
    }

    /** What the plan asks of the side that would act: the owner's demand to it. */
    private static Frame demandOf(Frame plan, Frame term) {
        return new Frame(term.sentence(), StatementKind.DEMAND, TERM_DEMAND, term.cue(), term.head(),
                List.of(plan.maker().by(TERM_MAKER)), List.of(term.maker().by(TERM_ADDRESSEE)), term.content(),
                term.places(), term.orgs(), term.implied(), term.flags(), List.of());
    }
}
