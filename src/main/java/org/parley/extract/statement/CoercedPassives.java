package org.parley.extract.statement;

import org.parley.core.RuleId;

/**
 * A refusal said as the passive of a verb of coercion (statement.rejection.not-be-coerced: "Norway would not be forced
 * into a deal", "his members would not be frightened back to work"): its passive subject is the party that refuses,
 * not a party refused, so no addressee is read from it ({@link AddresseeRules#rejectedOwner}). Stateless.
 */
final class CoercedPassives {

    /** The rule whose passive subject refuses. */
    static final RuleId RULE = RuleId.of("statement.rejection.not-be-coerced");

    private CoercedPassives() {
    }

    /** Whether a trigger of rule {@code ruleId} says its refusal in the passive of coercion. */
    static boolean refuserSubject(RuleId ruleId) {
        return RULE.equals(ruleId);
    }
}
