package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Mends one attachment NLP4J's parser gets wrong in reported speech: in "Hamas said Israel had broken the truce and
 * demanded that mediators step in" it makes "demanded" a conjunct of "broken", inside what Hamas said, so the
 * demand's subject would be Israel. A finite verb cannot share the auxiliary of the verb before it ("had broken and
 * demanded" would need "had demanded" read as a participle), so when the reported clause's verb has a finite
 * auxiliary and a non-finite form ("had broken", "were regrouping", "could stall") and its conjunct has the reporting
 * verb's own finite form ("demanded" beside "said", "demands" beside "says"), with a clause or an infinitive of its
 * own and no subject, the conjunct, with its "and", hangs from the reporting verb. Thread-safe when the wrapped parser
 * is.
 */
public final class ReportedConjunctParser implements SentenceParser {

    private final SentenceParser parser;

    public ReportedConjunctParser(SentenceParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public DependencyTree parse(List<Token> tokens) {
        DependencyTree tree = parser.parse(tokens);
        List<Integer> heads = null;
        for (int c = 0; c < tree.size(); c++) {
            int reporter = reporterOfConjunct(tree, tokens, c);
            if (reporter >= 0) {
                if (heads == null) {
                    heads = new ArrayList<>(tree.heads());
                }
                int conjoined = tree.head(c);
                for (int cc : tree.children(conjoined, "cc")) {
                    if (cc == c - 1) {
                        heads.set(cc, reporter);
                    }
                }
                heads.set(c, reporter);
            }
        }
        return heads == null ? tree : tree.withHeads(heads);
    }

    /** The reporting verb conjunct {@code c} belongs to, or -1 when the parse may stand. */
    private static int reporterOfConjunct(DependencyTree tree, List<Token> tokens, int c) {
        if (!tree.relation(c).equals("conj") || tree.head(c) < 0) {
            return -1;
        }
        int reported = tree.head(c);
        int reporter = tree.head(reported);
        if (reporter < 0 || !tree.relation(reported).equals("ccomp") || reported > c) {
            return -1;
        }
        String reporterTag = tag(tree, tokens, reporter);
        if (!finite(reporterTag) || !reporterTag.equals(tag(tree, tokens, c))
                || !nonFinite(tree, tokens, reported) || tree.children(reporter, "nsubj").isEmpty()) {
            return -1;
        }
        boolean complement = !tree.children(c, "ccomp").isEmpty() || !tree.children(c, "xcomp").isEmpty();
        return tree.hasSubject(c) || !complement ? -1 : reporter;
    }

    /** Whether the verb is a participle, gerund or base form under a finite auxiliary: "had broken", "could stall". */
    private static boolean nonFinite(DependencyTree tree, List<Token> tokens, int verb) {
        String tag = tag(tree, tokens, verb);
        if (!tag.equals("VBN") && !tag.equals("VBG") && !tag.equals("VB")) {
            return false;
        }
        for (int a : tree.children(verb)) {
            if (tree.auxiliary(a) && (finite(tag(tree, tokens, a)) || tag(tree, tokens, a).equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean finite(String tag) {
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
    }

    private static String tag(DependencyTree tree, List<Token> tokens, int i) {
        String t = tree.tag(i);
        return t != null ? t : tokens.get(i).pos();
    }
}
