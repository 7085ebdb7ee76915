package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.Argument;
import org.parley.core.ArgumentRole;
import org.parley.core.Article;
import org.parley.core.CharSpan;
import org.parley.core.Statement;
import org.parley.core.StatementLink;

/** Turns an article's frames into statements: ids in text order ({@code s1}, {@code s2}, ...), arguments, links, dates. */
final class StatementAssembler {

    private StatementAssembler() {
    }

    static List<Statement> assemble(Article article, ArticleContext context, List<Frame> frames) {
        List<Frame> ordered = new ArrayList<>(frames);
        ordered.sort(Comparator.comparingInt(Frame::sentence).thenComparingInt(Frame::head));
        Map<Frame, String> ids = new IdentityHashMap<>();
        for (Frame f : ordered) {
            ids.put(f, "s" + (ids.size() + 1));
        }
        List<Statement> out = new ArrayList<>();
        for (Frame f : ordered) {
            SentenceView s = context.view(f.sentence());
            List<Argument> args = new ArrayList<>();
            f.makers().forEach(p -> args.add(p.argument(ArgumentRole.BY)));
            f.addressees().forEach(p -> args.add(p.argument(ArgumentRole.TO)));
            // PlaceRules left out the parties its frame had; a condition, a conjunct, a merge or a plan may add one
            // later ("promised a truce in Chad if Chad withdrew": addressed to Chad, which is then no place of it)
            f.places().stream().filter(p -> !f.isParty(p.entity(), context))
                    .forEach(p -> args.add(p.argument(ArgumentRole.REGION)));
            f.orgs().stream().filter(p -> !f.isParty(p.entity(), context))
                    .forEach(p -> args.add(p.argument(ArgumentRole.ORGANIZATION)));
            f.implied().forEach(p -> args.add(p.argument(ArgumentRole.REGION)));
            List<StatementLink> links = new ArrayList<>();
            for (Frame.Link l : f.links()) {
                String target = ids.get(l.target());
                if (target != null) {
                    links.add(new StatementLink(l.type(), target, l.rule()));
                }
            }
            CharSpan content = f.contentSpan(s);
            List<String> contentWords = new ArrayList<>();
            f.content().forEach(i -> contentWords.add(s.word(i)));
            out.add(new Statement(ids.get(f), f.kind(), f.sentence(), s.sentence().span(), f.cue(), content,
                    ProposalActions.actionOf(contentWords), args, f.flags(), StatementDates.resolve(article.published(),
                    s.wordList()), links, confidence(f), f.rule()));
        }
        return out;
    }

    /** A coarse confidence: a statement whose maker was found from the structure is more certain. */
    private static double confidence(Frame f) {
        double c = 0.5;
        if (f.maker() != null) {
            c += f.maker().inferred() ? 0.1 : 0.25;
        }
        if (!f.addressees().isEmpty()) {
            c += 0.1;
        }
        return Math.min(1.0, c);
    }
}
