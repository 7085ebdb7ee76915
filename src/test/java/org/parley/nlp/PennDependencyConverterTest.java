package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.DependencyTree;

class PennDependencyConverterTest {

    private static final PennDependencyConverter CONVERTER =
            new PennDependencyConverter(PennHeadRules.bundled(), WordListFile.penn());

    /** Reads a bracketed tree whose leaves are words: "(S (NP (NNP Kyiv)) (VP (VBD objected)))". */
    private static PhraseNode tree(String bracketed, List<String> words) {
        int[] pos = {0};
        return read(bracketed.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+"), pos, words);
    }

    private static PhraseNode read(String[] t, int[] pos, List<String> words) {
        pos[0]++;
        String label = t[pos[0]++];
        if (!t[pos[0]].equals("(")) {
            words.add(t[pos[0]++]);
            pos[0]++;
            return PhraseNode.preterminal(label, words.size() - 1);
        }
        List<PhraseNode> children = new ArrayList<>();
        while (t[pos[0]].equals("(")) {
            children.add(read(t, pos, words));
        }
        pos[0]++;
        return PhraseNode.phrase(label, children);
    }

    private static String relations(String bracketed) {
        List<String> words = new ArrayList<>();
        DependencyTree tree = CONVERTER.convert(tree(bracketed, words), words);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            int h = tree.head(i);
            b.append(b.length() == 0 ? "" : " ").append(tree.relation(i)).append('(')
                    .append(h < 0 ? "ROOT" : words.get(h)).append(", ").append(words.get(i)).append(')');
        }
        return b.toString();
    }

    @Test
    void passiveWithAgentAndPossessor() {
        assertEquals("poss(offer, Kyiv) case(Kyiv, 's) nsubjpass(rejected, offer) auxpass(rejected, was)"
                + " root(ROOT, rejected) agent(rejected, by) pobj(by, Moscow) punct(rejected, .)",
                relations("(S (NP (NP (NNP Kyiv) (POS 's)) (NN offer)) (VP (VBD was) (VP (VBN rejected)"
                        + " (PP (IN by) (NP (NNP Moscow))))) (. .))"));
    }

    @Test
    void objectControlAndModalNegation() {
        assertEquals("nsubj(urged, Egypt) cc(Egypt, and) conj(Egypt, Qatar) root(ROOT, urged) dobj(urged, Hamas)"
                + " aux(withdraw, to) xcomp(urged, withdraw)",
                relations("(S (NP (NNP Egypt) (CC and) (NNP Qatar)) (VP (VBD urged) (NP (NNP Hamas))"
                        + " (S (VP (TO to) (VP (VB withdraw))))))"));
        assertEquals("nsubj(leave, We) aux(leave, will) neg(leave, not) root(ROOT, leave) dobj(leave, city)",
                relations("(S (NP (PRP We)) (VP (MD will) (RB not) (VP (VB leave) (NP (NN city)))))"));
    }

    @Test
    void quotedClauseWithInvertedSpeakerAndApposition() {
        assertEquals("punct(said, ``) nsubj(leave, Troops) aux(leave, must) ccomp(said, leave) punct(said, ,)"
                + " punct(said, '') root(ROOT, said) nsubj(said, Haddad) punct(Haddad, ,) det(spokesman, a)"
                + " appos(Haddad, spokesman)",
                relations("(S (`` ``) (S (NP (NNS Troops)) (VP (MD must) (VP (VB leave)))) (, ,) ('' '')"
                        + " (VP (VBD said) (NP (NP (NNP Haddad)) (, ,) (NP (DT a) (NN spokesman)))))"));
    }

    @Test
    void conditionalClauseCopulaAndRelativeClause() {
        assertEquals("mark(withdraws, If) nsubj(withdraws, army) advcl(was, withdraws) nsubj(was, Georgia)"
                + " root(ROOT, was) acomp(was, ready)",
                relations("(S (SBAR (IN If) (S (NP (NN army)) (VP (VBZ withdraws)))) (NP (NNP Georgia))"
                        + " (VP (VBD was) (ADJP (JJ ready))))"));
        assertEquals("root(ROOT, plan) nsubj(rejected, which) relcl(plan, rejected)",
                relations("(NP (NP (NN plan)) (SBAR (WHNP (WDT which)) (S (VP (VBD rejected)))))"));
        assertEquals("root(ROOT, plan) dobj(rejected, which) nsubj(rejected, Moscow) relcl(plan, rejected)",
                relations("(NP (NP (NN plan)) (SBAR (WHNP (WDT which)) (S (NP (NNP Moscow)) (VP (VBD rejected)))))"));
    }

    @Test
    void coordinatedModifiersBeforeTheHeadNoun() {
        assertEquals("det(regions, the) compound(regions, Luhansk) cc(Luhansk, and) conj(Luhansk, Zaporizhzhia)"
                + " root(ROOT, regions)",
                relations("(NP (DT the) (NNP Luhansk) (CC and) (NNP Zaporizhzhia) (NNS regions))"));
    }
}
