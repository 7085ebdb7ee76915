package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * A sentence parsed in two parts by the parsers that cut out a phrase or clause set off by commas
 * ({@link RelativeClauseAwareParser}, {@link ParentheticalAwareParser}, {@link InfinitiveAfterClauseParser}): the
 * main part's tokens without it, and the two trees spliced back into one tree of the whole. Stateless.
 */
final class CommaPartTrees {

    private CommaPartTrees() {
    }

    /** The sentence without tokens {@code from..close} (the part set off and its commas, or its closing comma). */
    static List<Token> mainPart(List<Token> tokens, int from, int close) {
        List<Token> rest = new ArrayList<>(tokens.subList(0, from));
        rest.addAll(tokens.subList(close + 1, tokens.size()));
        return rest;
    }

    /** The verb a token is the auxiliary of ("has" in "has called"), else the token itself. */
    static int governor(DependencyTree tree, int token) {
        return tree.auxiliary(token) && tree.head(token) >= 0 ? tree.head(token) : token;
    }

    /**
     * The whole sentence's tree from the main part (without tokens {@code from..close}) and the clause between the
     * commas at {@code open} and {@code close}; the opening comma is the main part's own when {@code from > open}.
     * The clause's root hangs from the word before the opening comma as {@code relcl}, and so do the commas.
     */
    static DependencyTree spliced(List<Token> tokens, DependencyTree main, DependencyTree clause, int from,
                                  int open, int close) {
        return spliced(tokens, main, clause, from, open, close, open - 1, "relcl");
    }

    /**
     * As {@link #spliced(List, DependencyTree, DependencyTree, int, int, int)}, with the clause's root hanging from
     * token {@code attach} of the whole as {@code relation}, and the commas from the same token.
     */
    static DependencyTree spliced(List<Token> tokens, DependencyTree main, DependencyTree clause, int from,
                                  int open, int close, int attach, String rootRelation) {
        int n = tokens.size();
        int cut = close + 1 - from;
        List<Integer> heads = new ArrayList<>(n);
        List<String> relations = new ArrayList<>(n);
        List<String> tags = new ArrayList<>(n);
        List<String> lemmas = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            DependencyTree part;
            int at;
            int head;
            String relation;
            if (i == close || i == open && from == open) {
                heads.add(attach);
                relations.add("punct");
                tags.add(t.pos());
                lemmas.add(t.lemma());
                continue;
            } else if (i > open && i < close) {
                part = clause;
                at = i - open - 1;
                boolean top = clause.head(at) < 0;
                head = top ? attach : clause.head(at) + open + 1;
                relation = top ? rootRelation : clause.relation(at);
            } else {
                part = main;
                at = i < from ? i : i - cut;
                int h = main.head(at);
                head = h < 0 ? -1 : h < from ? h : h + cut;
                relation = main.relation(at);
            }
            heads.add(head);
            relations.add(relation);
            tags.add(part.tag(at) != null ? part.tag(at) : t.pos());
            lemmas.add(part.lemma(at) != null ? part.lemma(at) : t.lemma());
        }
        return new DependencyTree(heads, relations, tags, lemmas);
    }
}
