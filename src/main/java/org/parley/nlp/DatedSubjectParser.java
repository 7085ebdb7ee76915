package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

/**
 * Mends a parse in which an opening "on" and a date swallow the name after them: in "On Sunday Velez said the
 * city would talk" NLP4J's parser reads "Sunday Velez" as one noun phrase, the object of "on", so the verb after it
 * has no subject and no rule can find who spoke. When a verb without a subject has an "on" phrase before it whose
 * object is a capitalised name right before the verb (past its auxiliaries, negation and adverbs), and that name has
 * a weekday or a month (with its day numbers) between "on" and it, the date becomes the object of "on" and the name
 * the verb's subject. A date alone ("On Sunday the council said") or a subject already found ("On 12 March Velez
 * said", read right) is left as parsed. Thread-safe when the wrapped parser is.
 */
public final class DatedSubjectParser implements SentenceParser {

    private static final WordListFile WORDS = WordListFile.penn();

    private final SentenceParser parser;

    public DatedSubjectParser(SentenceParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public DependencyTree parse(List<Token> tokens) {
        DependencyTree tree = parser.parse(tokens);
        for (int name = 0; name < tree.size(); name++) {
            int date = swallowedDate(tokens, tree, name);
            if (date >= 0) {
                return mended(tree, name, date);
            }
        }
        return tree;
    }

    /**
     * The last token of the date that opens the "on" phrase whose object {@code name} is, when {@code name} is the
     * subject the parser missed (see the class comment); -1 otherwise.
     */
    private static int swallowedDate(List<Token> tokens, DependencyTree tree, int name) {
        int on = tree.head(name);
        if (!tree.relation(name).equals("pobj") || on < 0 || !tree.relation(on).equals("prep")
                || !tokens.get(on).text().equalsIgnoreCase("on")) {
            return -1;
        }
        int verb = tree.head(on);
        if (verb <= name || on > name || !tag(tokens, tree, verb).startsWith("VB") || tree.hasSubject(verb)
                || !capitalised(tokens.get(name)) || !onlyVerbWordsBetween(tree, name, verb)) {
            return -1;
        }
        int date = on;
        while (date + 1 < name && dateWord(tokens.get(date + 1)) && tree.dominates(name, date + 1)) {
            date++;
        }
        if (date == on || tokens.subList(on + 1, date + 1).stream().allMatch(DatedSubjectParser::number)) {
            return -1; // "On the same day Velez", "On 12 Velez": no weekday or month
        }
        for (int i = date + 1; i < name; i++) {
            if (!capitalised(tokens.get(i)) || tree.head(i) != name) {
                return -1; // "on Sunday in Lima", "on Sunday the envoy": no name right after the date
            }
        }
        return date;
    }

    /** Whether every token between the name and its verb belongs to the verb: "Velez had not yet said". */
    private static boolean onlyVerbWordsBetween(DependencyTree tree, int name, int verb) {
        for (int i = name + 1; i < verb; i++) {
            String r = tree.relation(i);
            if (tree.head(i) != verb || !(tree.auxiliary(i) || r.equals("neg") || r.equals("advmod"))) {
                return false;
            }
        }
        return true;
    }

    /** The date as the object of "on", the words of the date before it hung on it, and the name as the subject. */
    private static DependencyTree mended(DependencyTree tree, int name, int date) {
        int on = tree.head(name);
        List<Integer> heads = new ArrayList<>(tree.heads());
        List<String> relations = new ArrayList<>(tree.relations());
        for (int i = on + 1; i < date; i++) {
            if (heads.get(i) == name) {
                heads.set(i, date);
            }
        }
        heads.set(date, on);
        relations.set(date, "pobj");
        heads.set(name, tree.head(on));
        relations.set(name, "nsubj");
        return new DependencyTree(heads, relations, tree.tags(), tree.lemmas());
    }

    private static String tag(List<Token> tokens, DependencyTree tree, int i) {
        return tree.tag(i) != null ? tree.tag(i) : tokens.get(i).pos();
    }

    /** A weekday's or a month's name (capitalised), or a day's number. */
    private static boolean dateWord(Token t) {
        return number(t) || capitalised(t) && WORDS.contains("temporal-noun", t.text());
    }

    private static boolean number(Token t) {
        return !t.text().isEmpty() && t.text().chars().allMatch(Character::isDigit);
    }

    private static boolean capitalised(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }
}
