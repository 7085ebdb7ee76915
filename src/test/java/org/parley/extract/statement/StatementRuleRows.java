package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.core.AnalyzedText;
import org.parley.core.Argument;
import org.parley.core.CharSpan;
import org.parley.core.DependencyTree;
import org.parley.core.EntityType;
import org.parley.core.Sentence;
import org.parley.core.Statement;
import org.parley.core.Token;
import org.parley.extract.ResourceFolder;

/**
 * The statement rule tests written as rows, in the {@code *.rows} files of {@code rows/} beside this class. A row is
 * a block of lines:
 *
 * <pre>
 * == "demand" with a that-clause: its subject makes it, the clause's subject is asked
 * text: Peru demanded that Chile leave Arica.
 * marks: Peru = Country | Chile = Country | Arica = City
 * tree: Peru/NNP/peru/2/nsubj demanded/VBD/demand/0/root that/IN/that/5/mark Chile/NNP/chile/5/nsubj ...
 * want: demand statement.demand.verb | by Peru (maker.subject) | to Chile (addressee.clause-subject) | region Arica (place.content)
 * </pre>
 *
 * {@code text} is a sentence or two written for the test. {@code marks} places the mentions by hand, as
 * {@link StatementFixture} does: every occurrence of a name is a mention of an entity of that type, labelled with the
 * name or with the label after a colon ({@code Kremlin = Country:Russia}). Each {@code tree} line is one sentence of
 * the text, parsed by hand: its tokens in the text's order, separated by single spaces, each
 * {@code word/TAG/lemma/head/relation} with Penn tags, ClearNLP relations (the parser's labels) and heads counted from
 * 1 ({@code 0} for the root). A sentence the pipeline would not parse (no trigger word) is a {@code tokens} line of
 * {@code word/TAG/lemma} instead. Trees may be drafted by the parser with {@link StatementRowDrafter} and are then
 * checked by hand. {@code want} lists every statement expected, in order ({@code want: none} for none): its kind and rule id,
 * then each argument as role, entity label and rule id, sorted by role and label. A row whose tree was corrected by
 * hand where the parser errs says why in a {@code models: differ (why)} line; the others must give the same
 * statements with the real models ({@code StatementRuleRowsIT}).
 */
record StatementRuleRows(String file, int line, String title, String text, List<String> marks,
                         List<String> sentences, List<String> want, List<String> modelsDiffer) {

    @Override
    public String toString() {
        return file + ":" + line + " " + title;
    }

    /** Every row of every {@code rows/*.rows} file, in file and line order. */
    static List<StatementRuleRows> all() {
        List<StatementRuleRows> out = new ArrayList<>();
        ResourceFolder.read(StatementRuleRows.class, "rows", ".rows")
                .forEach((file, lines) -> out.addAll(parse(file, lines)));
        return out;
    }

    /** The rows of one file; rows without trees or wants are drafts ({@link StatementRowDrafter} reads those). */
    static List<StatementRuleRows> parse(String file, List<String> lines) {
        List<StatementRuleRows> out = new ArrayList<>();
        StatementRuleRows row = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("==")) {
                row = new StatementRuleRows(file, i + 1, l.substring(2).strip(), null, new ArrayList<>(),
                        new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                out.add(row);
                continue;
            }
            int colon = l.indexOf(':');
            if (row == null || colon < 0) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected '== title' or 'field: value'");
            }
            String value = l.substring(colon + 1).strip();
            switch (l.substring(0, colon)) {
                case "text" -> {
                    row = new StatementRuleRows(file, row.line, row.title, value, row.marks, row.sentences, row.want,
                            row.modelsDiffer);
                    out.set(out.size() - 1, row);
                }
                case "marks" -> row.marks.addAll(List.of(value.split("\\s*\\|\\s*")));
                case "tree", "tokens" -> row.sentences.add(l.substring(0, colon) + " " + value);
                case "want" -> row.want.add(value);
                case "models" -> row.modelsDiffer.add(value);
                default -> throw new IllegalStateException(file + ":" + (i + 1) + ": unknown field " + l.substring(0, colon));
            }
        }
        for (StatementRuleRows r : out) {
            if (r.text == null) {
                throw new IllegalStateException(r + ": no text");
            }
        }
        return out;
    }

    /** The text with its mentions placed by hand. */
    StatementFixture fixture() {
        StatementFixture f = StatementFixture.of(text);
        for (String m : marks) {
            String[] nameAndEntity = m.split("\\s*=\\s*", 2);
            String[] typeAndLabel = nameAndEntity[1].split(":", 2);
            EntityType type = EntityType.valueOf(typeAndLabel[0].strip().toUpperCase());
            f.mark(nameAndEntity[0].strip(), type, typeAndLabel.length == 2 ? typeAndLabel[1].strip()
                    : nameAndEntity[0].strip());
        }
        return f;
    }

    /** The hand-parsed analysis of the text: one sentence per {@code tree} or {@code tokens} line, in order. */
    AnalyzedText analysis() {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (String line : sentences) {
            boolean parsed = line.startsWith("tree ");
            List<Token> tokens = new ArrayList<>();
            List<Integer> heads = new ArrayList<>();
            List<String> relations = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            List<String> lemmas = new ArrayList<>();
            for (String node : line.substring(line.indexOf(' ') + 1).split(" ")) {
                String[] f = fields(node, parsed ? 5 : 3);
                int b = text.indexOf(f[0], at);
                if (b < 0 || !text.substring(at, b).isBlank()) {
                    throw new IllegalStateException(this + ": token \"" + f[0] + "\" is not the next word of the text after offset " + at);
                }
                at = b + f[0].length();
                tokens.add(new Token(new CharSpan(b, at), f[0], f[1], f[2], "O"));
                tags.add(f[1]);
                lemmas.add(f[2]);
                if (parsed) {
                    heads.add(Integer.parseInt(f[3]) - 1);
                    relations.add(f[4]);
                }
            }
            CharSpan span = new CharSpan(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
            out.add(new Sentence(out.size(), span, tokens,
                    parsed ? new DependencyTree(heads, relations, tags, lemmas) : null));
        }
        if (!text.substring(at).isBlank()) {
            throw new IllegalStateException(this + ": the sentences stop before the end of the text, at offset " + at);
        }
        return new AnalyzedText(text, out);
    }

    /** A node's word, tag, lemma (and head and relation); the word may hold a slash, the other fields not. */
    private String[] fields(String node, int count) {
        String[] f = new String[count];
        String rest = node;
        for (int k = count - 1; k > 0; k--) {
            int slash = rest.lastIndexOf('/');
            if (slash <= 0) {
                throw new IllegalStateException(this + ": \"" + node + "\" is not word/TAG/lemma"
                        + (count == 5 ? "/head/relation" : ""));
            }
            f[k] = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        f[0] = rest;
        return f;
    }

    /** A sentence as a row writes it: a {@code tree} line when it is parsed, else a {@code tokens} line. */
    static String sentenceLine(Sentence s) {
        DependencyTree t = s.tree();
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            Token k = s.tokens().get(i);
            nodes.add(t == null ? k.text() + "/" + k.pos() + "/" + k.lemma()
                    : k.text() + "/" + t.tag(i) + "/" + t.lemma(i) + "/" + (t.head(i) + 1) + "/" + t.relation(i));
        }
        return (t == null ? "tokens: " : "tree: ") + String.join(" ", nodes);
    }

    /** Statements as {@code want} lines write them. */
    static List<String> describe(List<Statement> statements) {
        if (statements.isEmpty()) {
            return List.of("none");
        }
        List<String> out = new ArrayList<>();
        for (Statement s : statements) {
            StringBuilder b = new StringBuilder(s.kind().label()).append(' ').append(s.rule());
            s.arguments().stream()
                    .sorted(Comparator.comparing((Argument a) -> a.role().ordinal())
                            .thenComparing(a -> a.entity().label()))
                    .forEach(a -> b.append(" | ").append(a.role().label()).append(' ').append(a.entity().label())
                            .append(" (").append(a.rule()).append(')'));
            out.add(b.toString());
        }
        return out;
    }
}
