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
            f.places().stream().filter(p -> !party(context, f, p))
                    .forEach(p -> args.add(p.argument(ArgumentRole.REGION)));
            f.orgs().stream().filter(p -> !party(context, f, p))
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

    /**
     * Whether a place or organization of the content is the maker, an addressee, or the state a person among them
     * serves: the conventions leave the parties out of the content. {@link PlaceRules} checks the parties its frame
     * has; this checks the ones a condition, a conjunct, a merge or a plan added later ("promised a truce in Chad if
     * Chad withdrew": the offer is addressed to Chad, which is then no place of it).
     */
    private static boolean party(ArticleContext context, Frame f, Party named) {
        List<Party> parties = new ArrayList<>(f.makers());
        parties.addAll(f.addressees());
        return parties.stream().anyMatch(p -> p.entity().equals(named.entity())
                || named.entity().equals(context.side(p.entity())));
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
