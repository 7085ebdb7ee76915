package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalActionsTest {

    @Test
    void actionsNeedTheirCompanionWords() {
        assertEquals("sanctions-relief", ProposalActions.actionOf(List.of("lift", "all", "sanctions")));
        assertNull(ProposalActions.actionOf(List.of("new", "sanctions", "on", "oil")));
        assertEquals("neutrality", ProposalActions.actionOf(List.of("drop", "its", "bid", "to", "join", "nato")));
        assertEquals("prisoner-release", ProposalActions.actionOf(List.of("release", "the", "hostages")));
        assertEquals("withdrawal", ProposalActions.actionOf(List.of("withdraw", "from", "the", "talks")));
        assertNull(ProposalActions.actionOf(List.of("rebuild", "the", "schools")));
    }
}
