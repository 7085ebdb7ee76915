package org.parley.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Irregular English verbs and nouns for the rule lemmatizer and the Penn tag refiner, read from
 * {@code english-word-forms.txt} ({@link WordListFile#wordForms}). Immutable.
 */
final class EnglishWords {

    /** Form of an irregular verb. */
    enum VerbForm { PAST, PARTICIPLE, PAST_OR_PARTICIPLE }

    private static final WordListFile FORMS = WordListFile.wordForms();

    private static final Map<String, String> VERB_BASE = new HashMap<>();
    private static final Map<String, VerbForm> VERB_FORM = new HashMap<>();

    static {
        for (String[] p : FORMS.rows("irregular-verbs")) {
            if (p.length != 3) {
                throw new IllegalStateException("english-word-forms.txt: bad verb " + String.join(" ", p));
            }
            for (String past : p[1].split("/")) {
                VERB_BASE.putIfAbsent(past, p[0]);
                VERB_FORM.put(past, VerbForm.PAST);
            }
            for (String part : p[2].split("/")) {
                VERB_BASE.putIfAbsent(part, p[0]);
                VERB_FORM.merge(part, VerbForm.PARTICIPLE,
                        (a, b) -> a == VerbForm.PARTICIPLE ? a : VerbForm.PAST_OR_PARTICIPLE);
            }
        }
        // a base form is a base form first ("cut", "come", "lay"): it is not treated as a past or participle
        for (String[] p : FORMS.rows("irregular-verbs")) {
            String base = p[0];
            VERB_FORM.remove(base);
            VERB_BASE.remove(base);
        }
    }

    /** Irregular plurals and their singulars. */
    static final Map<String, String> NOUN_SINGULAR = FORMS.pairs("irregular-plurals");

    /** Nouns ending in s that are singular or invariable ("news"; not "talks" or "arms"). */
    static final Set<String> NOUN_INVARIABLE = FORMS.list("invariable-nouns");

    static final Set<String> MODALS = FORMS.list("modals");

    private EnglishWords() {
    }

    /** Verbs in -eed that are past forms: the others ("need", "exceed", "proceed") are base forms. */
    private static final Set<String> PAST_IN_EED = FORMS.list("past-in-eed");

    /** A regular past or participle form: "demanded", "agreed"; not "need" or "proceed". */
    static boolean isRegularPast(String lowerForm) {
        return lowerForm.length() > 3 && lowerForm.endsWith("ed")
                && (!lowerForm.endsWith("eed") || PAST_IN_EED.contains(lowerForm));
    }

    /** The base form of an irregular verb form ("withdrew" gives "withdraw"), or null. */
    static String irregularVerbBase(String lowerForm) {
        return VERB_BASE.get(lowerForm);
    }

    /** What an irregular verb form is (past, participle, or both), or null when it is not one. */
    static VerbForm irregularVerbForm(String lowerForm) {
        return VERB_FORM.get(lowerForm);
    }
}
