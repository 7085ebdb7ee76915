package org.parley.extract.statement.legacy;

/** How a statement trigger is expressed: a verb, a passive verb, a noun, an adjective phrase or a modal obligation. */
enum TriggerForm {
    VERB, PASSIVE, NOUN, ADJECTIVE, MODAL
}
