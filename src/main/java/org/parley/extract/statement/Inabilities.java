package org.parley.extract.statement;

import java.util.Locale;
import java.util.Set;

/**
 * An inability said with what it lacks, not a refusal: "the governors said they could not pay salaries without the
 * fund", "Kano cannot run its hospitals without the grant". A negated "can" or "could" with a "without" phrase on
 * the verb tells what the party needs; "would not pay without guarantees" (a refusal under a condition) and "could
 * not accept the plan" stay refusals.
 */
final class Inabilities {

    private static final Set<String> ABILITY = Set.of("can", "could", "ca");

    private Inabilities() {
    }

    static boolean test(SentenceView s, int h) {
        boolean able = s.children(h, "aux").stream()
                .anyMatch(a -> ABILITY.contains(s.word(a).toLowerCase(Locale.ROOT)));
        return able && s.children(h, "prep").stream().anyMatch(p -> s.word(p).equals("without"));
    }
}
