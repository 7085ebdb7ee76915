package org.parley.nlp;

import java.util.List;

/**
 * Labels the dependency between a Penn phrase's head child and one of its other children, with the ClearNLP labels
 * of {@link org.parley.core.DependencyTree}: by the categories of the parent, the head and the child, the child's
 * side of the head, and a few word lists ({@link WordListFile}). Stateless apart from the sentence it reads.
 */
final class PennRelationLabels {

    private final List<String> words;
    private final WordListFile lists;

    PennRelationLabels(List<String> words, WordListFile lists) {
        this.words = words;
        this.lists = lists;
    }

    /**
     * @param parent the phrase
     * @param head   the index of its head child
     * @param child  the index of the child to label
     * @param tokens the head token of each child
     */
    String label(PhraseNode parent, int head, int child, int[] tokens) {
        PhraseNode d = parent.children().get(child);
        String c = d.label();
        if (d.isPunctuation()) {
            return "punct";
        }
        if (c.equals("CC") || c.equals("CONJP")) {
            return "cc";
        }
        if (c.equals("POS")) {
            return "case";
        }
        boolean before = child < head;
        return switch (category(parent.label())) {
            case "clause" -> clauseChild(parent, head, d, before, tokens[child]);
            case "verb" -> verbChild(parent, head, child, d, before, tokens);
            case "noun" -> nounChild(parent, d, before, child);
            case "prep" -> before ? modifier(d) : prepChild(d);
            case "sbar" -> sbarChild(d);
            case "adjective" -> adjectiveChild(d);
            default -> modifier(d);
        };
    }

    private static String category(String label) {
        return switch (label) {
            case "S", "SINV", "SQ", "SBARQ", "FRAG", "RRC" -> "clause";
            case "VP" -> "verb";
            case "NP", "NX", "NAC", "WHNP", "QP", "UCP", "PRN" -> "noun";
            case "PP", "WHPP" -> "prep";
            case "SBAR" -> "sbar";
            case "ADJP", "ADVP", "WHADJP", "WHADVP" -> "adjective";
            default -> "other";
        };
    }

    private String clauseChild(PhraseNode parent, int head, PhraseNode d, boolean before, int token) {
        String c = d.label();
        if (c.equals("NP")) {
            boolean subject = before || parent.label().equals("SINV") || parent.label().equals("SQ");
            if (subject && !temporal(token)) {
                return d.isPreterminal() || !words.get(token).equalsIgnoreCase("there") ? "nsubj" : "expl";
            }
            return "npadvmod";
        }
        if (c.equals("EX")) {
            return "expl";
        }
        if (c.equals("S")) {
            return hasSubject(d) || !participle(d) ? "ccomp" : "advcl";
        }
        if (c.equals("SBAR")) {
            return adverbialMarker(d) ? "advcl" : "ccomp";
        }
        if (c.equals("VP") || c.equals("MD")) {
            return c.equals("MD") ? "aux" : "dep";
        }
        return modifier(d);
    }

    private String verbChild(PhraseNode parent, int head, int child, PhraseNode d, boolean before, int[] tokens) {
        String c = d.label();
        int token = tokens[child];
        if (before && (c.equals("MD") || c.equals("TO") || c.startsWith("VB"))) {
            return "aux";
        }
        boolean copula = parent.children().get(head).isPreterminal() && lists.contains("copula", words.get(tokens[head]));
        switch (c) {
            case "NP":
                return temporal(token) ? "npadvmod" : copula ? "attr" : "dobj";
            case "ADJP":
                return copula || !objectBefore(parent, child) ? "acomp" : "oprd";
            case "PRT", "RP":
                return "prt";
            case "PP":
                return "prep";
            case "S":
                return hasSubject(d) ? "ccomp" : "xcomp";
            case "SBAR":
                return adverbialMarker(d) ? "advcl" : "ccomp";
            case "VP":
                return "xcomp";
            default:
                return modifier(d);
        }
    }

    private String nounChild(PhraseNode parent, PhraseNode d, boolean before, int child) {
        String c = d.label();
        if (before) {
            if (c.equals("DT") || c.equals("WDT")) {
                return lists.contains("preconjunction", words.get(d.token())) && child == 0
                        && parent.children().stream().anyMatch(x -> x.label().equals("CC")) ? "preconj" : "det";
            }
            if (c.equals("PDT")) {
                return "predet";
            }
            if (c.equals("PRP$") || c.equals("WP$") || possessive(d)) {
                return "poss";
            }
            if (c.startsWith("NN") || c.equals("NP") || c.equals("NX") || c.equals("FW")) {
                return "compound";
            }
            return c.equals("RB") || c.equals("ADVP") ? "advmod" : "nmod";
        }
        return switch (c) {
            case "PP" -> "prep";
            case "NP" -> child > 0 && parent.children().get(child - 1).label().equals(",") ? "appos" : "dep";
            case "SBAR" -> relative(d) ? "relcl" : "acl";
            case "RRC" -> "relcl";
            case "VP", "S" -> "acl";
            case "ADJP", "JJ" -> "nmod";
            case "PRN" -> "appos";
            default -> modifier(d);
        };
    }

    private static String prepChild(PhraseNode d) {
        return switch (d.label()) {
            case "NP", "WHNP", "NN", "NNS", "NNP", "NNPS", "PRP", "CD" -> "pobj";
            case "S", "SBAR", "VP" -> "pcomp";
            case "PP" -> "prep";
            default -> "advmod";
        };
    }

    private String sbarChild(PhraseNode d) {
        return switch (d.label()) {
            case "IN", "DT" -> "mark";
            case "WHADVP", "WRB" -> "advmod";
            default -> d.label().startsWith("WH") || d.label().startsWith("W") ? "dep" : modifier(d);
        };
    }

    private String adjectiveChild(PhraseNode d) {
        return switch (d.label()) {
            case "S" -> "xcomp";
            case "SBAR" -> "ccomp";
            case "PP" -> "prep";
            case "NP" -> "npadvmod";
            default -> modifier(d);
        };
    }

    /** Labels that depend on the child alone. */
    private String modifier(PhraseNode d) {
        String c = d.label();
        if ((c.equals("RB") || c.equals("ADVP")) && lists.contains("negation", words.get(d.firstToken()))) {
            return "neg";
        }
        return switch (c) {
            case "RB", "RBR", "RBS", "ADVP", "WRB", "WHADVP" -> "advmod";
            case "PP" -> "prep";
            case "DT" -> "det";
            case "PRT", "RP" -> "prt";
            case "MD", "TO" -> "aux";
            case "INTJ", "UH" -> "discourse";
            case "PRN" -> "parataxis";
            case "JJ", "JJR", "JJS", "ADJP", "CD", "QP" -> "nmod";
            case "SBAR" -> adverbialMarker(d) ? "advcl" : "ccomp";
            case "NP" -> "npadvmod";
            default -> "dep";
        };
    }

    private boolean temporal(int token) {
        return lists.contains("temporal-noun", words.get(token));
    }

    /** An SBAR opened by "if", "until", "because"...: an adverbial clause. */
    private boolean adverbialMarker(PhraseNode sbar) {
        if (sbar.isPreterminal()) {
            return false;
        }
        PhraseNode first = sbar.children().get(0);
        return (first.label().equals("IN") || first.label().equals("WHADVP") || first.label().equals("WRB")
                || first.label().equals("RB")) && lists.contains("adverbial-marker", words.get(first.firstToken()));
    }

    /** An SBAR with a wh-word, or "that" before a clause with no subject: a relative clause. */
    private static boolean relative(PhraseNode sbar) {
        if (sbar.isPreterminal()) {
            return false;
        }
        boolean that = false;
        for (PhraseNode c : sbar.children()) {
            if (c.label().startsWith("WH")) {
                return true;
            }
            if (c.label().equals("IN") || c.label().equals("DT")) {
                that = true;
            } else if (c.label().equals("S")) {
                return that && !hasSubject(c);
            }
        }
        return false;
    }

    /** A clause with a noun phrase before its verb phrase. */
    static boolean hasSubject(PhraseNode clause) {
        for (PhraseNode c : clause.children()) {
            if (c.label().equals("VP")) {
                return false;
            }
            if (c.label().equals("NP")) {
                return true;
            }
        }
        return false;
    }

    /** A clause whose verb phrase opens with a participle ("Speaking in Brussels"). */
    private static boolean participle(PhraseNode clause) {
        for (PhraseNode c : clause.children()) {
            if (c.label().equals("VP")) {
                String first = c.children().isEmpty() ? c.label() : c.children().get(0).label();
                return first.equals("VBG") || first.equals("VBN");
            }
        }
        return clause.isPreterminal() && (clause.label().equals("VBG") || clause.label().equals("VBN"));
    }

    /** An NP ending in the possessive marker. */
    private static boolean possessive(PhraseNode np) {
        return !np.isPreterminal() && np.children().get(np.children().size() - 1).label().equals("POS");
    }

    private static boolean objectBefore(PhraseNode vp, int child) {
        for (int i = 0; i < child; i++) {
            if (vp.children().get(i).label().equals("NP")) {
                return true;
            }
        }
        return false;
    }
}
