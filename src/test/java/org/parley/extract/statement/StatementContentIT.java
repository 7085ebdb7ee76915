package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.core.ArgumentRole.BY;
import static org.parley.core.ArgumentRole.REGION;
import static org.parley.core.StatementKind.DEMAND;
import static org.parley.core.StatementKind.REJECTION;
import static org.parley.extract.statement.StatementFixture.describe;
import static org.parley.extract.statement.StatementFixture.labels;
import static org.parley.extract.statement.StatementFixture.ofKind;
import static org.parley.extract.statement.StatementRulesIT.expect;

import java.util.List;
import java.util.Set;
import org.parley.core.Statement;
import org.junit.jupiter.api.Test;

/**
 * Where a statement's content reaches past what the parser hangs on its trigger, and which proposals named by a
 * noun get a maker; each on sentences written for the test, with the real models.
 */
class StatementContentIT {

    @Test
    void whatADemandNounIsSaidToBeIsItsContent() {
        var all = StatementFixture.of("Serbia's main demand is that Kosovo withdraw its police from Mitrovica.")
                .country("Serbia").region("Kosovo").city("Mitrovica").extract();
        Statement s = ofKind(all, DEMAND).get(0);
        assertTrue(labels(s, BY).contains("Serbia"), describe(all));
        assertTrue(labels(s, REGION).contains("Mitrovica"), describe(all));
    }

    @Test
    void aForPhraseHungOnTheRejectingVerbBelongsToTheRejectedCall() {
        var all = StatementFixture.of("Moldova rejected calls by Igor Dodon for a federal state with Transnistria.")
                .country("Moldova").person("Igor Dodon").region("Transnistria").extract();
        Statement call = ofKind(all, DEMAND).get(0);
        assertTrue(labels(call, BY).contains("Igor Dodon"), describe(all));
        assertTrue(labels(call, REGION).contains("Transnistria"), describe(all));
    }

    @Test
    void aGerundAfterThePrepositionsObjectIsThatObjectsAct() {
        var all = StatementFixture.of("Georgia said any deal was conditional on Russia pulling its troops out of "
                        + "South Ossetia.")
                .country("Georgia").country("Russia").region("South Ossetia").extract();
        expect(all, DEMAND, List.of("Georgia"), List.of("Russia"), List.of("South Ossetia"));
    }

    @Test
    void theSourceOfAReportIsNoMakerOfTheProposalItNames() {
        var all = StatementFixture.of("The Eritrean government has rejected the demand, according to the information "
                        + "ministry in Asmara.")
                .country("Eritrea").city("Asmara").extract();
        assertTrue(ofKind(all, DEMAND).stream().allMatch(s -> labels(s, BY).isEmpty()), describe(all));
        assertTrue(labels(ofKind(all, REJECTION).get(0), BY).contains("Eritrea"), describe(all));
    }

    @Test
    void aPriceHungOnAParticiplesNounIsStillAskedByTheOfferer() {
        var all = StatementFixture.of("Laos offered to return the boats seized near Pakse in exchange for the release "
                        + "of its crew held in Luang Prabang.")
                .country("Laos").city("Pakse").city("Luang Prabang").extract();
        Statement price = ofKind(all, DEMAND).get(0);
        assertTrue(labels(price, BY).contains("Laos"), describe(all));
        assertTrue(labels(price, REGION).contains("Luang Prabang"), describe(all));
    }

    /** "They" after "Chad and Niger" is both or nobody, never Chad alone. */
    @Test
    void theyIsNoSingleState() {
        var all = StatementFixture.of("Chad and Niger met Sudan in Abeche. They asked Sudan to close the border at Adre.")
                .country("Chad").country("Niger").country("Sudan").city("Abeche").city("Adre").extract();
        assertTrue(ofKind(all, DEMAND).stream().noneMatch(s -> labels(s, BY).size() == 1), describe(all));
    }

    /** A list of makers stops at its verb (the parser may hang a later name on it); "they" then names them all. */
    @Test
    void theyAfterAJointDemandIsItsMakers() {
        var all = StatementFixture.of("Saudi Arabia, Egypt and Bahrain demanded that Qatar close Al Jazeera. They also "
                        + "require Doha to shut the base at Al Udeid.")
                .country("Saudi Arabia").country("Egypt").country("Bahrain").country("Qatar").org("Al Jazeera")
                .government("Doha", "Qatar").city("Al Udeid").extract();
        List<Statement> demands = ofKind(all, DEMAND);
        assertTrue(demands.size() == 2, describe(all));
        for (Statement d : demands) {
            assertTrue(Set.copyOf(labels(d, BY)).equals(Set.of("Saudi Arabia", "Egypt", "Bahrain")), describe(all));
        }
    }

    /** A sentence with no trigger word is parsed when a threat meets "if": the condition is a demand. */
    @Test
    void aThreatWithAConditionIsADemand() {
        var all = StatementFixture.of("Iran threatened to close the Strait of Hormuz if the United States imposed new "
                        + "sanctions.")
                .country("Iran").country("United States").extract();
        expect(all, DEMAND, List.of("Iran"), List.of("United States"), List.of());
    }
}
