package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.core.ArgumentRole.BY;
import static org.parley.core.ArgumentRole.REGION;
import static org.parley.core.ArgumentRole.TO;
import static org.parley.core.StatementKind.DEMAND;
import static org.parley.extract.statement.StatementFixture.describe;
import static org.parley.extract.statement.StatementFixture.labels;
import static org.parley.extract.statement.StatementFixture.ofKind;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.Statement;

/**
 * The places named in a statement's content ({@link PlaceRules}, with the content {@link ContentRules} and
 * {@link ConditionRules} give it), with the real analyzer and parser, each on sentences written for the test.
 */
class StatementPlacesIT {

    /** The only demand, checked for by, to and regions. */
    private static Statement demand(List<Statement> all, List<String> by, List<String> to, List<String> regions) {
        List<Statement> d = ofKind(all, DEMAND);
        assertEquals(1, d.size(), () -> "one demand expected in:\n" + describe(all));
        assertEquals(by, labels(d.get(0), BY), () -> "by\n" + describe(all));
        assertEquals(to, labels(d.get(0), TO), () -> "to\n" + describe(all));
        assertEquals(regions, labels(d.get(0), REGION), () -> "regions\n" + describe(all));
        return d.get(0);
    }

    @Test
    void aConditionInsideAReportedClauseEndsWhereTheConditionEnds() {
        // "said that if ...": the "if" opens the inner clause, not the reported one, so the place of what is promised
        // is no place of the condition
        var all = StatementFixture.of("Lavrov said that if the Serbian side is ready to sign and pulls back its "
                + "police, the way to normal life in Zubin Potok will be opened.")
                .person("Lavrov").region("Zubin Potok").extract();
        demand(all, List.of("Lavrov"), List.of("Serbia"), List.of());
    }

    @Test
    void aDemonymInAPhraseBeforeTheSpeakersCommaIsNoTitleOfTheSpeaker() {
        // Lind does not serve Ukraine: the phrase before the comma is an occasion, so Ukraine stays a place
        var all = StatementFixture.of("In a letter to the Ukrainian government, Marta Lind said Russia must "
                + "withdraw from Ukraine before any talks.")
                .person("Marta Lind").country("Russia").country("Ukraine").extract();
        demand(all, List.of("Marta Lind"), List.of("Russia"), List.of("Ukraine"));
    }

    @Test
    void aTitleInAppositionBeforeTheSpeakerStillGivesTheStateTheSpeakerServes() {
        var all = StatementFixture.of("The Ukrainian foreign minister, Marta Lind, said Russia must withdraw from "
                + "Ukraine and Crimea.")
                .person("Marta Lind").country("Russia").country("Ukraine").region("Crimea").extract();
        demand(all, List.of("Marta Lind"), List.of("Russia"), List.of("Crimea"));
    }

    @Test
    void anInfinitiveWithForAfterADemandNounIsWhatItAsks() {
        var all = StatementFixture.of("The rebels dismissed Serbian calls for their fighters to abandon the camps "
                + "outside Presevo.")
                .city("Presevo").extract();
        demand(all, List.of("Serbia"), List.of(), List.of("Presevo"));
    }

    @Test
    void sovereigntyOfAStateOverATerritoryNamesTheTerritoryNotTheHolder() {
        // the parser hangs "over" on "doubt"; the holder of the sovereignty is no place
        var all = StatementFixture.of("The envoy said there was no doubt about the sovereignty of Russia over the "
                + "island of Tuzla.")
                .country("Russia").region("Tuzla").extract();
        Statement d = ofKind(all, DEMAND).stream().filter(s -> s.cue().equals("sovereignty")).findFirst().orElseThrow(
                () -> new AssertionError("a sovereignty demand expected in:\n" + describe(all)));
        assertEquals(List.of("Tuzla"), labels(d, REGION), describe(all));
    }

    @Test
    void statesThatOnlySayWhereGroupsAreAreNoPlacesOfTheDemand() {
        var all = StatementFixture.of("Moldova is also required to cut every tie with armed groups in the two "
                + "states — Georgia and Armenia.")
                .country("Moldova").country("Georgia").country("Armenia").extract();
        demand(all, List.of(), List.of("Moldova"), List.of());
    }

    @Test
    void aRegionWhoseMilitiasMustLeaveOwnsTheForcesAndIsNoPlace() {
        var all = StatementFixture.of("The council demanded a full withdrawal of Serbian troops and the militias of "
                + "the neighbouring province of Vojvodina.")
                .region("Vojvodina").extract();
        demand(all, List.of(), List.of("Serbia"), List.of());
    }
}
