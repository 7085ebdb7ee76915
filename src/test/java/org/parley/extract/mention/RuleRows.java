package org.parley.extract.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.AnalyzedText;
import org.parley.core.CharSpan;
import org.parley.core.Mention;
import org.parley.core.Sentence;
import org.parley.core.Token;
import org.parley.extract.ResourceFolder;

/**
 * The mention rule tests written as rows, in the {@code *.rows} files of {@code rows/} beside this class. A row is a
 * block of lines:
 *
 * <pre>
 * == what the row shows
 * text: Kyiv rejected the offer. Reporters in Kyiv heard it.
 * tags: Kyiv/NNP rejected/VBD the/DT offer/NN ./.
 * tags: Reporters/NNS in/IN Kyiv/NNP heard/VBD it/PRP ./.
 * want: Kyiv | Country | mention.metonym.government | Q212
 * want: Kyiv | City | mention.metonym.city | Q1899
 * </pre>
 *
 * {@code text} is a sentence or two written for the test; each {@code tags} line is one sentence of it, tagged by
 * hand ({@code word/TAG}, Penn tags, the words in the text's order, only spaces between them); {@code want} lists
 * every mention expected, in text order ({@code want: none} for none): the covered text, the entity type, the rule
 * id and the entity key. Optional: {@code date: 2025-02-03} (the article's date; {@code none} for an undated one), {@code catalog: bundled} (the
 * catalog shipped in the jar instead of the small test catalog) or {@code catalog: places} (the test catalog with
 * the places of {@code place-catalog.tsv}), {@code models: differ (why)} (a row whose tags a statistical tagger
 * would not give, left out of the integration test with the real models).
 */
record RuleRows(String file, int line, String title, String text, List<List<String[]>> sentences, List<String> want,
                LocalDate date, String catalog, boolean sameWithModels) {

    static final LocalDate DEFAULT_DATE = LocalDate.of(2024, 3, 10);

    @Override
    public String toString() {
        return file + ":" + line + " " + title;
    }

    /** Every row of every {@code rows/*.rows} file, in file and line order. */
    static List<RuleRows> all() {
        List<RuleRows> out = new ArrayList<>();
        ResourceFolder.read(RuleRows.class, "rows", ".rows").forEach((file, lines) -> out.addAll(parse(file, lines)));
        return out;
    }

    static List<RuleRows> parse(String file, List<String> lines) {
        List<RuleRows> out = new ArrayList<>();
        Builder b = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("==")) {
                if (b != null) {
                    out.add(b.build());
                }
                b = new Builder(file, i + 1, l.substring(2).strip());
                continue;
            }
            if (b == null) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": a row starts with '== title'");
            }
            b.field(i + 1, l);
        }
        if (b != null) {
            out.add(b.build());
        }
        return out;
    }

    /** The hand-tagged analysis of the text: one sentence per {@code tags} line, tokens found in the text in order. */
    AnalyzedText analysis() {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (List<String[]> tagged : sentences) {
            List<Token> tokens = new ArrayList<>();
            for (String[] wt : tagged) {
                int b = text.indexOf(wt[0], at);
                if (b < 0 || !text.substring(at, b).isBlank()) {
                    throw new IllegalStateException(this + ": token \"" + wt[0] + "\" is not the next word of the text after offset " + at);
                }
                at = b + wt[0].length();
                tokens.add(new Token(new CharSpan(b, at), wt[0], wt[1], wt[0].toLowerCase(), "O"));
            }
            CharSpan span = new CharSpan(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
            out.add(new Sentence(out.size(), span, tokens));
        }
        if (!text.substring(at).isBlank()) {
            throw new IllegalStateException(this + ": the tags stop before the end of the text, at offset " + at);
        }
        return new AnalyzedText(text, out);
    }

    /** Mentions written as {@code want} lines write them. */
    static List<String> describe(List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return List.of("none");
        }
        return mentions.stream().map(m -> m.text() + " | " + m.entity().type().label() + " | " + m.rule() + " | "
                + m.entity().key()).toList();
    }

    private static final class Builder {
        private final String file;
        private final int line;
        private final String title;
        private String text;
        private final List<List<String[]>> sentences = new ArrayList<>();
        private final List<String> want = new ArrayList<>();
        private LocalDate date = DEFAULT_DATE;
        private String catalog = "test";
        private boolean sameWithModels = true;

        Builder(String file, int line, String title) {
            this.file = file;
            this.line = line;
            this.title = title;
        }

        void field(int at, String l) {
            int colon = l.indexOf(':');
            String where = file + ":" + at + ": ";
            if (colon < 0) {
                throw new IllegalStateException(where + "expected 'field: value'");
            }
            String name = l.substring(0, colon).strip();
            String value = l.substring(colon + 1).strip();
            switch (name) {
                case "text" -> text = value;
                case "tags" -> sentences.add(tags(where, value));
                case "want" -> want.add(String.join(" | ", value.split("\\s*\\|\\s*")));
                case "date" -> date = value.equals("none") ? null : LocalDate.parse(value);
                case "catalog" -> catalog = value;
                case "models" -> sameWithModels = !value.startsWith("differ");
                default -> throw new IllegalStateException(where + "unknown field '" + name + "'");
            }
        }

        private static List<String[]> tags(String where, String value) {
            List<String[]> out = new ArrayList<>();
            for (String t : value.split(" ")) {
                int slash = t.lastIndexOf('/');
                if (slash <= 0 || slash == t.length() - 1) {
                    throw new IllegalStateException(where + "not word/TAG: " + t);
                }
                out.add(new String[] {t.substring(0, slash), t.substring(slash + 1)});
            }
            return out;
        }

        RuleRows build() {
            String where = file + ":" + line + ": ";
            if (text == null || sentences.isEmpty() || want.isEmpty()) {
                throw new IllegalStateException(where + "a row needs text, tags and want lines");
            }
            if (!List.of("test", "bundled", "places").contains(catalog)) {
                throw new IllegalStateException(where + "catalog is test, bundled or places, not " + catalog);
            }
            return new RuleRows(file, line, title, text, List.copyOf(sentences), List.copyOf(want), date, catalog,
                    sameWithModels);
        }
    }
}
