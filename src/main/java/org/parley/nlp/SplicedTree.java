package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * One sentence's tree built from parts parsed apart (a dateline, an attribution, the sentence after them), in token
 * order: each part's heads are moved by where it starts, and its tags and lemmas default to the tokens' own. Used by
 * the parsers that parse an opening apart ({@link DatelineAwareParser}, {@link AttributionAwareParser}). Not
 * thread-safe: one per sentence.
 */
final class SplicedTree {

    private final List<Token> tokens;
    private final List<Integer> heads = new ArrayList<>();
    private final List<String> relations = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> lemmas = new ArrayList<>();

    /** @param tokens the whole sentence */
    SplicedTree(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The next token hangs from {@code head} as {@code relation}, with its own tag and lemma. */
    void token(int head, String relation) {
        Token t = tokens.get(heads.size());
        heads.add(head);
        relations.add(relation);
        tags.add(t.pos());
        lemmas.add(t.lemma());
    }

    /**
     * The next {@code part.size()} tokens as parsed apart. The part's roots hang from {@code rootHead} as
     * {@code rootRelation}, or stay roots when {@code rootHead} is -1.
     */
    void part(DependencyTree part, int rootHead, String rootRelation) {
        int offset = heads.size();
        for (int i = 0; i < part.size(); i++) {
            Token t = tokens.get(offset + i);
            boolean top = part.head(i) < 0;
            heads.add(top ? rootHead : part.head(i) + offset);
            relations.add(top && rootHead >= 0 ? rootRelation : part.relation(i));
            tags.add(part.tag(i) != null ? part.tag(i) : t.pos());
            lemmas.add(part.lemma(i) != null ? part.lemma(i) : t.lemma());
        }
    }

    DependencyTree tree() {
        return new DependencyTree(heads, relations, tags, lemmas);
    }
}
