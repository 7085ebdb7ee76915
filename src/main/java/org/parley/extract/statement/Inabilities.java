package org.parley.extract.statement;

/**
 * An inability said with what it lacks, not a refusal: "the governors said they could not pay salaries without the
 * fund", "Kano cannot run its hospitals without the grant". A negated "can" or "could" (the ability-modals list, read
 * by {@link Modals#hasAbility}) with a "without" phrase on the verb tells what the party needs; "would not pay without
 * guarantees" (a refusal under a condition) and "could not accept the plan" stay refusals.
 */
final class Inabilities {

    private Inabilities() {
    }

    static boolean test(SentenceView s, int h) {
        return Modals.hasAbility(s, h) && s.children(h, "prep").stream().anyMatch(p -> s.word(p).equals("without"));
    }
}
