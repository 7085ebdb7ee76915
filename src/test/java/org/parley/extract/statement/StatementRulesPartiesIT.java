package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.core.ArgumentRole.BY;
import static org.parley.core.ArgumentRole.REGION;
import static org.parley.core.StatementKind.DEMAND;
import static org.parley.core.StatementKind.OFFER;
import static org.parley.core.StatementKind.REJECTION;
import static org.parley.extract.statement.StatementRulesIT.expect;
import static org.parley.extract.statement.StatementFixture.describe;
import static org.parley.extract.statement.StatementFixture.labels;
import static org.parley.extract.statement.StatementFixture.ofKind;

import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parley.core.Statement;
import org.parley.core.StatementFlag;

/**
 * Who is a party and who is a place inside demanded content (owners of armed forces, holders of a claimed
 * region), territorial claims, and preconditions for talks; each on sentences written for the test.
 */
class StatementRulesPartiesIT {

    @Nested
    class ForceOwners {

        @Test
        @Disabled("known gap: 'the gunmen of the region of Afar' are not made a party; the place they leave is "
                + "taken as an addressee")
        void fightersOfARegionAreAPartyNotAPlace() {
            var all = StatementFixture.of("Djibouti called for the pullout of Eritrean soldiers and the gunmen of "
                            + "the bordering region of Afar from Ras Doumeira.")
                    .country("Djibouti").country("Eritrea").region("Afar").region("Ras Doumeira").extract();
            expect(all, DEMAND, List.of("Djibouti"), List.of("Afar", "Eritrea"), List.of("Ras Doumeira"));
        }

        @Test
        @Disabled("known gap: the origin of forces ('forces from the Puntland region') is kept as a place instead of being made the addressee")
        void forcesFromAPlaceBeforeThePlaceToLeave() {
            var all = StatementFixture.of("Mogadishu demanded the withdrawal of forces from the Puntland region "
                            + "from Las Anod before the elections.")
                    .government("Mogadishu", "Somalia").region("Puntland").city("Las Anod").extract();
            expect(all, DEMAND, List.of("Somalia"), List.of("Puntland"), List.of("Las Anod"));
        }

        @Test
        void forcesWithdrawnFromAPlaceLeaveThePlaceAPlace() {
            var all = StatementFixture.of("Georgia demanded the withdrawal of all forces from Abkhazia.")
                    .country("Georgia").region("Abkhazia").extract();
            expect(all, DEMAND, List.of("Georgia"), List.of(), List.of("Abkhazia"));
        }

        @Test
        void possessiveArmyIsTheParty() {
            var all = StatementFixture.of("Baku insisted that the withdrawal of Armenia's army from Tavush come first.")
                    .government("Baku", "Azerbaijan").country("Armenia").region("Tavush").extract();
            expect(all, DEMAND, List.of("Azerbaijan"), List.of("Armenia"), List.of("Tavush"));
        }

        @Test
        void troopsFromAContributingStateOutsideAWithdrawalStayANamedPlace() {
            var all = StatementFixture.of("Haiti asked for the deployment of police units from Kenya in Port-au-Prince.")
                    .country("Haiti").country("Kenya").city("Port-au-Prince").extract();
            Statement s = ofKind(all, DEMAND).get(0);
            assertTrue(labels(s, REGION).contains("Kenya"),
                    describe(all));
        }
    }

    @Nested
    class Makers {

        @Test
        void aStativeVerbInTheReportedPastIsTheSpeakersStance() {
            // "wanted" under a past "said" is the present the reporting shifts: what Peru wants, told by Ruiz
            var all = StatementFixture.of("Ana Ruiz said on Monday that Peru wanted a new round of talks.")
                    .person("Ana Ruiz").country("Peru").extract();
            expect(all, DEMAND, List.of("Ana Ruiz"), List.of(), List.of());
        }

        @Test
        void theOneQuotedAsCallingForMakesTheDemand() {
            var all = StatementFixture.of("Local media quoted Chile's envoy, Jorge Soto, as calling for a referendum "
                            + "in Arica.")
                    .country("Chile").person("Jorge Soto").city("Arica").extract();
            expect(all, DEMAND, List.of("Jorge Soto"), List.of(), List.of("Arica"));
        }

        @Test
        void peopleWhoAreNoPartyDoNotLendTheirActToTheOneReportingIt() {
            var all = StatementFixture.of("“The members of the assembly rejected the plan and called for new talks,” "
                            + "lawmaker Jorge Soto said. “The farmers want land and water.” The cabinet met again.")
                    .person("Jorge Soto").extract();
            assertTrue(all.stream().noneMatch(s -> labels(s, BY).contains("Jorge Soto")), describe(all));
        }

        @Test
        void sheIsTheWomanTheArticleNamedNotTheLatestMan() {
            var all = StatementFixture.of("Peruvian Foreign Minister Jorge Soto proposed talks on the river border on "
                            + "Monday. Chilean President Ana Ruiz was quick to show her scepticism about the idea. "
                            + "Soto had hoped for a quick answer. “Chile will never accept a shared river commission,” "
                            + "she said.")
                    .person("Jorge Soto").person("Soto", "Jorge Soto").person("Ana Ruiz").country("Chile").extract();
            // no addressee: the rejection does not point back ("it", "the idea"), so it answers no earlier statement
            expect(all, REJECTION, List.of("Ana Ruiz"), List.of(), List.of());
        }

        @Test
        void aTitleTellsAPersonsGender() {
            var all = StatementFixture.of("Ms Ana Ruiz met the envoy Jorge Soto in Lima on Monday. Soto left early. "
                            + "Later she said Chile was ready to reopen the border crossing.")
                    .person("Jorge Soto").person("Soto", "Jorge Soto").person("Ana Ruiz").country("Chile")
                    .city("Lima").extract();
            expect(all, OFFER, List.of("Ana Ruiz"), List.of(), List.of());
        }

        @Test
        void aQuotationAttributedInASentenceWithNoTriggerHasThatSpeaker() {
            var all = StatementFixture.of("“We strongly urge those holding the sailors to release them at once. Their "
                            + "detention helps no one,” Chilean Foreign Minister Ana Ruiz said in a statement.")
                    .person("Ana Ruiz").extract();
            expect(all, DEMAND, List.of("Ana Ruiz"), List.of(), List.of());
        }

        @Test
        void aSpeakerOutsideTheQuotationIsNotTheSubjectQuotedInIt() {
            var all = StatementFixture.of("Peru proposed a joint commission. “What Soto said today is nothing new, and "
                            + "Chile will never accept a shared commission,” she told reporters.")
                    .country("Peru").country("Chile").person("Soto", "Jorge Soto").extract();
            assertTrue(all.stream().noneMatch(s -> labels(s, BY).contains("Jorge Soto")), describe(all));
        }

        @Test
        void talksAPartySaysItCanHoldAreItsOffer() {
            var all = StatementFixture.of("“After the pullback, we can discuss a new border regime,” Ana Ruiz said.")
                    .person("Ana Ruiz").extract();
            expect(all, OFFER, List.of("Ana Ruiz"), List.of(), List.of());
        }

        @Test
        void whoMakesClearAStanceReportsIt() {
            var all = StatementFixture.of("Chilean envoy Jorge Soto made clear the return of the islands is a red line "
                            + "for the government.")
                    .person("Jorge Soto").extract();
            expect(all, DEMAND, List.of("Jorge Soto"), List.of(), List.of());
        }

        @Test
        void aPastActOfACityIsNotItsReportersStatement() {
            var all = StatementFixture.of("Ana Ruiz announced that Arica had refused the offer of aid from Chile.")
                    .person("Ana Ruiz").city("Arica").country("Chile").extract();
            assertTrue(all.stream().noneMatch(s -> labels(s, BY).contains("Ana Ruiz")), describe(all));
        }

        @Test
        void bothIsTheTwoOthersNotTheOneWhoReportsIt() {
            var all = StatementFixture.of("Chilean President Ana Ruiz unveiled the plan on Monday with Bolivia's "
                            + "leader Evo Mora and Peru's leader Jorge Soto at her side. The president noted that both "
                            + "have endorsed the plan.")
                    .person("Ana Ruiz").person("Evo Mora").person("Jorge Soto").country("Bolivia").country("Peru")
                    .extract();
            Statement endorsement = ofKind(all, OFFER).stream().filter(s -> s.sentenceIndex() == 1).findFirst()
                    .orElseThrow(() -> new AssertionError(describe(all)));
            assertEquals(List.of("Evo Mora", "Jorge Soto"), labels(endorsement, BY), describe(all));
        }

        @Test
        void theAgentOfAnInvitationExtendedIsItsMaker() {
            // the parser hangs "extended by" on the conference, not on the invitation
            var all = StatementFixture.of("The council declined the invitation to the peace conference extended by "
                            + "the government of Chile.")
                    .country("Chile").extract();
            expect(all, OFFER, List.of("Chile"), List.of(), List.of());
        }

        @Test
        void theyAfterPeopleWhoAreNoPartyIsNotTheLatestParty() {
            // "they" stands for the farmers, who are no party: the condition is a demand by someone unnamed
            var all = StatementFixture.of("Chile offered talks on the border last week. But farmers blocked the road, "
                            + "saying they would hold talks only if the army withdrew from Arica.")
                    .country("Chile").city("Arica").extract();
            assertEquals(1, ofKind(all, OFFER).size(), describe(all));
            Statement demand = ofKind(all, DEMAND).get(0);
            assertEquals(List.of(), labels(demand, BY), describe(all));
            assertEquals(List.of("Arica"), labels(demand, REGION), describe(all));
        }

        @Test
        void aRebelGroupDescribedIsNoUnAgencyOrState() {
            var all = StatementFixture.of("The United Nations sent an envoy to Arica on Monday. The separatist group "
                            + "has since put out a video, asking the United Nations to mediate the talks. "
                            + "Chile rejected the plan. Other demands from the rebel authorities include a "
                            + "referendum in Arica.")
                    .org("United Nations").country("Chile").city("Arica").extract();
            for (Statement s : ofKind(all, DEMAND)) {
                assertTrue(labels(s, BY).isEmpty(), describe(all));
            }
        }

        @Test
        void anItThatHoldsThePlaceOfAClauseIsNoParty() {
            var all = StatementFixture.of("Chile proposed a new border commission on Monday. “It is unacceptable to "
                            + "move the border by force. Bolivia will not accept it,” envoy Lena Ost said.")
                    .country("Chile").country("Bolivia").person("Lena Ost").extract();
            List<Statement> rejections = ofKind(all, REJECTION);
            assertFalse(rejections.isEmpty(), describe(all));
            assertTrue(rejections.stream().allMatch(s -> labels(s, BY).equals(List.of("Lena Ost"))), describe(all));
        }

        @Test
        void aParticipleClauseSharesTheMainSubject() {
            var all = StatementFixture.of("Sweden on Monday rejected Vladimir Putin's call for the Baltic states to "
                            + "cut their forces, while offering Moscow talks on Gotland.")
                    .country("Sweden").person("Vladimir Putin").government("Moscow", "Russia").region("Gotland")
                    .extract();
            expect(all, OFFER, List.of("Sweden"), List.of("Russia"), List.of("Gotland"));
        }

        @Test
        void theAuthoritiesInARegionMakeTheStatement() {
            var all = StatementFixture.of("The separatist authorities in Abkhazia have turned down Georgia's offer of "
                            + "direct talks.")
                    .region("Abkhazia").country("Georgia").extract();
            expect(all, REJECTION, List.of("Abkhazia"), List.of("Georgia"), List.of());
        }

        @Test
        void theGovernmentOfARegionMakesTheStatement() {
            var all = StatementFixture.of("The regional government of Tigray rejected the plan on Monday.")
                    .region("Tigray").extract();
            expect(all, REJECTION, List.of("Tigray"), List.of(), List.of());
        }

        @Test
        void aPossessiveCountryInsideTheContentIsAPartyNotAPlace() {
            var all = StatementFixture.of("Israel demanded that Iran's nuclear sites near Qom be dismantled.")
                    .country("Israel").country("Iran").city("Qom").extract();
            expect(all, DEMAND, List.of("Israel"), List.of("Iran"), List.of("Qom"));
        }

        @Test
        @Disabled("known gap: the seat of a body inside the content ('parliament in Nuuk') is dropped with the body's owner")
        void aPartysOwnBodyInsideTheContentIsNoPlace() {
            var all = StatementFixture.of("Denmark demanded that any change be approved by Greenland's own parliament "
                            + "in Nuuk.")
                    .country("Denmark").region("Greenland").city("Nuuk").extract();
            expect(all, DEMAND, List.of("Denmark"), List.of(), List.of("Nuuk"));
        }

        @Test
        void aRegionOpeningAClauseMakesTheStatement() {
            var all = StatementFixture.of("Catalonia demanded a binding vote on independence from Spain.")
                    .region("Catalonia").country("Spain").extract();
            expect(all, DEMAND, List.of("Catalonia"), List.of("Spain"), List.of());
        }

        @Test
        void aRegionModifyingAnotherHeadIsNoBody() {
            var all = StatementFixture.of("The leadership of the Oromo armed group has demanded talks in Nairobi.")
                    .region("Oromo").city("Nairobi").extract();
            assertTrue(labels(ofKind(all, DEMAND).get(0), BY).isEmpty(), describe(all));
        }

        @Test
        void aRegionAfterAPrepositionMakesNothing() {
            var all = StatementFixture.of("In Donbas, officials demanded a binding vote.")
                    .region("Donbas").extract();
            expect(all, DEMAND, List.of(), List.of(), List.of());
        }
    }

    @Nested
    class Claims {

        @Test
        void claimToARegionOfACountry() {
            var all = StatementFixture.of("Bolivia renewed its claim to the Antofagasta region of Chile on Monday.")
                    .country("Bolivia").region("Antofagasta").country("Chile").extract();
            expect(all, DEMAND, List.of("Bolivia"), List.of("Chile"), List.of("Antofagasta"));
        }

        @Test
        void claimsOverAnIsland() {
            var all = StatementFixture.of("Tokyo protested against Seoul's claims over Takeshima.")
                    .government("Tokyo", "Japan").government("Seoul", "South Korea").region("Takeshima").extract();
            expect(all, DEMAND, List.of("South Korea"), List.of(), List.of("Takeshima"));
        }

        @Test
        void itsClaimIsNotTheClaimOfTheBodyBriefed() {
            var all = StatementFixture.of("Bolivia has no coast of its own. Its foreign minister briefed the "
                            + "Organization of American States (OAS) on Monday about its claim to the Antofagasta region of Chile.")
                    .country("Bolivia").org("Organization of American States").org("OAS").region("Antofagasta")
                    .country("Chile")
                    .extract();
            expect(all, DEMAND, List.of("Bolivia"), List.of("Chile"), List.of("Antofagasta"));
        }

        @Test
        void itsOfferIsTheSentenceSubjectsOffer() {
            var all = StatementFixture.of("Eritrea rejected the plan on Monday. Djibouti, which hosts several foreign "
                            + "bases, renewed its offer to let Ethiopia use the port of Tadjourah.")
                    .country("Eritrea").country("Djibouti").country("Ethiopia").city("Tadjourah").extract();
            expect(all, OFFER, List.of("Djibouti"), List.of("Ethiopia"), List.of("Tadjourah"));
        }

        @Test
        void itsAfterAnOfficeOfACountry() {
            var all = StatementFixture.of("The foreign minister of Bolivia told the court that nothing would stop its "
                            + "claim to the Antofagasta region of Chile.")
                    .country("Bolivia").region("Antofagasta").country("Chile").extract();
            expect(all, DEMAND, List.of("Bolivia"), List.of("Chile"), List.of("Antofagasta"));
        }

        @Test
        void claimingToHaveDoneSomethingIsNoDemand() {
            var all = StatementFixture.of("The army made a claim to have retaken two villages near Kupiansk.")
                    .city("Kupiansk").extract();
            assertTrue(ofKind(all, DEMAND).isEmpty(), describe(all));
        }

        @Test
        void claimOfResponsibilityIsNoDemand() {
            var all = StatementFixture.of("The group's claim of responsibility for the attack in Quetta was posted online.")
                    .city("Quetta").extract();
            assertTrue(ofKind(all, DEMAND).isEmpty(), describe(all));
        }
    }

    @Nested
    class ReportedConditions {

        @Test
        void aConditionalThreatIsADemandWithoutAnOffer() {
            var all = StatementFixture.of("Ankara will hit the militia's positions hard if the YPG does not leave Manbij.")
                    .government("Ankara", "Turkey").org("YPG").city("Manbij").extract();
            expect(all, DEMAND, List.of("Turkey"), List.of("YPG"), List.of("Manbij"));
            assertTrue(ofKind(all, OFFER).isEmpty(), describe(all));
        }

        @Test
        void aDescribedSubjectWithAPhraseInsideGivesTheSpeakersOfferAndDemand() {
            var all = StatementFixture.of("Abdul Malik spoke in Sanaa on Monday. He said the strikes at sea would "
                            + "stop only once Israel lifted the blockade of Hodeidah.")
                    .person("Abdul Malik").city("Sanaa").country("Israel").city("Hodeidah").extract();
            expect(all, DEMAND, List.of("Abdul Malik"), List.of("Israel"), List.of("Hodeidah"));
            expect(all, OFFER, List.of("Abdul Malik"), List.of("Israel"), List.of());
        }
    }

    @Nested
    class Preconditions {

        @Test
        void noTalksUntilAPartyWithdraws() {
            var all = StatementFixture.of("Kyiv will not negotiate until Moscow withdraws its troops from Kherson.")
                    .government("Kyiv", "Ukraine").government("Moscow", "Russia").region("Kherson").extract();
            Statement s = expect(all, DEMAND, List.of("Ukraine"), List.of("Russia"), List.of("Kherson"));
            assertFalse(s.flags().contains(StatementFlag.NEGATED), describe(all));
        }

        @Test
        void thereWillBeNoCeasefireBeforeTheRebelsLeave() {
            var all = StatementFixture.of("There will be no ceasefire before the rebels leave Goma and Bukavu, "
                            + "Felix Tshisekedi said on Tuesday.")
                    .person("Felix Tshisekedi").city("Goma").city("Bukavu").extract();
            expect(all, DEMAND, List.of("Felix Tshisekedi"), List.of(), List.of("Bukavu", "Goma"));
        }

        @Test
        void ruledOutTalksUntilGivesARejectionAndADemand() {
            var all = StatementFixture.of("Armenia ruled out talks with Azerbaijan until Baku frees the prisoners "
                            + "held since the war.")
                    .country("Armenia").country("Azerbaijan").government("Baku", "Azerbaijan").extract();
            expect(all, DEMAND, List.of("Armenia"), List.of("Azerbaijan"), List.of());
            assertFalse(ofKind(all, REJECTION).isEmpty(), describe(all));
        }

        @Test
        void vowToGoOnUntilAPartyActs() {
            var all = StatementFixture.of("Hezbollah vowed on Sunday to keep firing rockets at Haifa until Israeli "
                            + "troops leave Rafah.")
                    .org("Hezbollah").city("Haifa").city("Rafah").extract();
            expect(all, DEMAND, List.of("Hezbollah"), List.of("Israel"), List.of("Rafah"));
        }

        @Test
        @Disabled("known gap: a region acting as a party ('until Kosovo closed the posts') is kept as a place, not made the addressee")
        void aSuspensionThatStaysUntilAPartyActs() {
            var all = StatementFixture.of("Serbia said the agreement would remain suspended until Kosovo closed the "
                            + "police posts in Zubin Potok.")
                    .country("Serbia").region("Kosovo").city("Zubin Potok").extract();
            expect(all, DEMAND, List.of("Serbia"), List.of("Kosovo"), List.of("Zubin Potok"));
        }

        @Test
        void narratedFightingUntilIsNoDemand() {
            var all = StatementFixture.of("Fighting continued until the army withdrew from Kidal in 2014.")
                    .city("Kidal").extract();
            assertTrue(all.isEmpty(), describe(all));
        }

        @Test
        void aDateAfterUntilIsNoPrecondition() {
            var all = StatementFixture.of("There were no talks in Geneva until the end of March, diplomats in Bern said.")
                    .city("Geneva").city("Bern").extract();
            assertTrue(all.isEmpty(), describe(all));
        }

        @Test
        void untilWithoutARefusalIsNoDemand() {
            var all = StatementFixture.of("The talks in Doha went on until the delegations left for Kigali.")
                    .city("Doha").city("Kigali").extract();
            assertTrue(all.isEmpty(), describe(all));
        }
    }

    @Nested
    class Refusals {

        @Test
        void aMatterDeclaredOffTheTableIsARejection() {
            var all = StatementFixture.of("The status of Jerusalem is simply not on the table, Mahmoud Abbas said.")
                    .person("Mahmoud Abbas").city("Jerusalem").extract();
            expect(all, REJECTION, List.of("Mahmoud Abbas"), List.of(), List.of("Jerusalem"));
        }


        @Test
        void aDealCalledAMistakeIsRejected() {
            var all = StatementFixture.of("Itamar Ben-Gvir called the agreement with Hezbollah a historic mistake.")
                    .person("Itamar Ben-Gvir").org("Hezbollah").extract();
            expect(all, REJECTION, List.of("Itamar Ben-Gvir"), List.of(), List.of());
        }

        @Test
        void callingForAnEndToBlackmailIsNoRejection() {
            var all = StatementFixture.of("Serbia called for an end to the blackmail of its farmers.")
                    .country("Serbia").extract();
            assertTrue(ofKind(all, REJECTION).isEmpty(), describe(all));
        }

        @Test
        void willNotDoWhatIsAskedIsARejection() {
            var all = StatementFixture.of("Iran will not dismantle its enrichment plant at Fordow.")
                    .country("Iran").city("Fordow").extract();
            expect(all, REJECTION, List.of("Iran"), List.of(), List.of("Fordow"));
        }

        @Test
        void aForecastIsNoRejection() {
            var all = StatementFixture.of("The truce will not hold for long, analysts in Beirut said.")
                    .city("Beirut").extract();
            assertTrue(all.isEmpty(), describe(all));
        }

        @Test
        void aRefusalLiftedOnAConditionIsTheConditionsDemand() {
            // "will not X unless Y" states what the party asks for, Y; the refused act is no offer (the real-news gold
            // annotates such sentences as one demand).
            var all = StatementFixture.of("Armenia will not sign the treaty unless Azerbaijan withdraws from Jermuk.")
                    .country("Armenia").country("Azerbaijan").city("Jermuk").extract();
            assertTrue(ofKind(all, REJECTION).isEmpty(), describe(all));
            assertTrue(ofKind(all, OFFER).isEmpty(), describe(all));
            expect(all, DEMAND, List.of("Armenia"), List.of("Azerbaijan"), List.of("Jermuk"));
        }
    }

    @Nested
    class MoreDemands {

        @Test
        void warnedAgainstIsADemand() {
            var all = StatementFixture.of("Hezbollah has warned shipping firms against sending vessels to Haifa.")
                    .org("Hezbollah").city("Haifa").extract();
            expect(all, DEMAND, List.of("Hezbollah"), List.of(), List.of("Haifa"));
        }

        @Test
        void warnedThatIsNoDemandOfItsOwn() {
            var all = StatementFixture.of("Hezbollah warned that the war against Lebanon would spread to Haifa.")
                    .org("Hezbollah").country("Lebanon").city("Haifa").extract();
            assertTrue(ofKind(all, DEMAND).isEmpty(), describe(all));
        }

        @Test
        void wantsSomethingDone() {
            var all = StatementFixture.of("Tehran wants the sanctions on its banks lifted before any deal.")
                    .government("Tehran", "Iran").extract();
            expect(all, DEMAND, List.of("Iran"), List.of(), List.of());
        }

        @Test
        void wantingAThingIsADemand() {
            // A party that wants a thing asks for it: the real-news gold annotates "X wants Y" as X's demand.
            var all = StatementFixture.of("Iran wants a seat at the table.").country("Iran").extract();
            expect(all, DEMAND, List.of("Iran"), List.of(), List.of());
        }

        @Test
        void aResolutionCitedAsGroundIsNotTheMaker() {
            var all = StatementFixture.of("Russia must leave Transnistria, as United Nations resolutions demand, "
                            + "Maia Sandu said.")
                    .country("Russia").region("Transnistria").org("United Nations").person("Maia Sandu").extract();
            expect(all, DEMAND, List.of("Maia Sandu"), List.of("Russia"), List.of("Transnistria"));
        }

        @Test
        void aMistaggedVerbAfterToStillMakesTheDemand() {
            var all = StatementFixture.of("China has pressed India to ease restrictions on investment in Ladakh.")
                    .country("China").country("India").region("Ladakh").extract();
            expect(all, DEMAND, List.of("China"), List.of("India"), List.of("Ladakh"));
        }

        @Test
        void theAddresseesPlaceIsNotContent() {
            var all = StatementFixture.of("Pakistan pressed the Taliban administration in Kabul on Tuesday to reopen "
                            + "the crossing at Torkham.")
                    .country("Pakistan").city("Kabul").city("Torkham").extract();
            expect(all, DEMAND, List.of("Pakistan"), List.of(), List.of("Torkham"));
        }

        @Test
        void theSeatOfTheGovernmentThatMustActIsNotContent() {
            var all = StatementFixture.of("Pakistan demanded that the Taliban government in Kabul act against the "
                            + "fighters in Khost.")
                    .country("Pakistan").city("Kabul").city("Khost").extract();
            expect(all, DEMAND, List.of("Pakistan"), List.of(), List.of("Khost"));
        }

        @Test
        void aBackgroundDayAfterIsNotContent() {
            var all = StatementFixture.of("Gustavo Petro told the rebels to leave Tibu, a day after he froze talks near "
                            + "the border with Venezuela.")
                    .person("Gustavo Petro").city("Tibu").country("Venezuela").extract();
            expect(all, DEMAND, List.of("Gustavo Petro"), List.of(), List.of("Tibu"));
        }

        @Test
        void aCoordinatedVerbSharesTheSentenceSubject() {
            var all = StatementFixture.of("Moscow blames Kyiv for the shelling of the plant and has repeatedly asked "
                            + "the IAEA to send inspectors to Enerhodar.")
                    .government("Moscow", "Russia").government("Kyiv", "Ukraine").org("IAEA").city("Enerhodar")
                    .extract();
            expect(all, DEMAND, List.of("Russia"), List.of("IAEA"), List.of("Enerhodar"));
        }

        @Test
        void wouldCooperateIsAnOffer() {
            var all = StatementFixture.of("Hassan Fadlallah said Hezbollah would cooperate with the deployment of the "
                            + "army in Tyre.")
                    .org("Hezbollah").city("Tyre").person("Hassan Fadlallah").extract();
            expect(all, OFFER, List.of("Hassan Fadlallah"), List.of(), List.of("Tyre"));
        }

        @Test
        void aPackagePutForwardIsAnOffer() {
            var all = StatementFixture.of("The United Nations put forward a package of measures for Cyprus on Tuesday.")
                    .org("United Nations").country("Cyprus").extract();
            expect(all, OFFER, List.of("United Nations"), List.of(), List.of("Cyprus"));
        }

        @Test
        void aPastActOfTheSpeakersOwnStateIsTheStates() {
            // the evaluation's convention: the party the text names as acting, not the leader who reports it
            var all = StatementFixture.of("Vladimir Putin said Russia had proposed a truce in Kherson.")
                    .person("Vladimir Putin").country("Russia").region("Kherson").extract();
            expect(all, OFFER, List.of("Russia"), List.of(), List.of("Kherson"));
        }

        @Test
        void aTitleWithADemonymGivesTheSpeakersState() {
            var all = StatementFixture.of("Israeli Foreign Minister Gideon Saar said Israel was ready to reopen the "
                            + "crossing at Rafah.")
                    .person("Gideon Saar").country("Israel").city("Rafah").extract();
            expect(all, OFFER, List.of("Gideon Saar"), List.of(), List.of("Rafah"));
        }

        @Test
        void aTitleInAppositionAndATrailingAttribution() {
            var all = StatementFixture.of("Ukraine's foreign minister, Andrii Sybiha, met the mediators on Monday. "
                            + "Ukraine was ready to swap all prisoners in Istanbul, he added.")
                    .country("Ukraine").person("Andrii Sybiha").city("Istanbul").extract();
            expect(all, OFFER, List.of("Andrii Sybiha"), List.of(), List.of("Istanbul"));
        }

        @Test
        void aPastActReportedByAnOfficialIsTheStatesItNames() {
            var all = StatementFixture.of("Acting Prime Minister Jonas Berg said Norway had proposed talks in Oslo.")
                    .person("Jonas Berg").country("Norway").city("Oslo").extract();
            expect(all, OFFER, List.of("Norway"), List.of(), List.of("Oslo"));
        }

        @Test
        void anAnalystWithoutATitledStateDoesNotTakeTheStatement() {
            var all = StatementFixture.of("Analyst Maria Brandt said Ukraine had proposed a prisoner swap in Istanbul.")
                    .country("Ukraine").person("Maria Brandt").city("Istanbul").extract();
            expect(all, OFFER, List.of("Ukraine"), List.of(), List.of("Istanbul"));
        }

        @Test
        void aSpeakerReportingAnotherStatesStanceDoesNot() {
            var all = StatementFixture.of("Vladimir Putin said Ukraine had proposed a truce in Kherson.")
                    .person("Vladimir Putin").country("Ukraine").region("Kherson").extract();
            expect(all, OFFER, List.of("Ukraine"), List.of(), List.of("Kherson"));
        }
    }

    @Nested
    class Exchanges {

        @Test
        void aPriceInReturnIsADemandByTheOfferer() {
            var all = StatementFixture.of("Iran could accept limits on enrichment in return for the lifting of sanctions.")
                    .country("Iran").extract();
            Statement o = expect(all, OFFER, List.of("Iran"), List.of(), List.of());
            Statement d = expect(all, DEMAND, List.of("Iran"), List.of(), List.of());
            assertTrue(StatementRulesIT.linked(d, org.parley.core.StatementLink.Type.CONDITION_OF, o),
                    describe(all));
        }

        @Test
        void providedWithoutThatOpensACondition() {
            var all = StatementFixture.of("Mohamed Dagalo said the RSF would observe a ceasefire in Darfur provided the "
                            + "army stopped its air strikes.")
                    .person("Mohamed Dagalo").org("RSF").region("Darfur").extract();
            expect(all, OFFER, List.of("Mohamed Dagalo"), List.of(), List.of("Darfur"));
            assertFalse(ofKind(all, DEMAND).isEmpty(), describe(all));
        }

        @Test
        void providedAsAVerbIsNoCondition() {
            var all = StatementFixture.of("The United States provided Ukraine with missiles that were fired at Kursk.")
                    .country("United States").country("Ukraine").region("Kursk").extract();
            assertTrue(all.isEmpty(), describe(all));
        }

        @Test
        void aThreatUnlessIsADemandOnly() {
            var all = StatementFixture.of("Unless Baku reopens the road, Yerevan will take the matter to the "
                            + "Security Council.")
                    .government("Baku", "Azerbaijan").government("Yerevan", "Armenia").org("Security Council").extract();
            expect(all, DEMAND, List.of("Armenia"), List.of("Azerbaijan"), List.of());
            assertTrue(ofKind(all, OFFER).isEmpty(), describe(all));
        }
    }

    @Nested
    class OffersAndObjections {

        @Test
        void opposedIsARejection() {
            var all = StatementFixture.of("China firmly opposed Washington's pressure over the canal.")
                    .country("China").government("Washington", "United States").extract();
            expect(all, REJECTION, List.of("China"), List.of("United States"), List.of());
        }

        @Test
        void objectedToIsARejection() {
            var all = StatementFixture.of("Kabul objected to a line in the mediators' statement.")
                    .government("Kabul", "Afghanistan").extract();
            expect(all, REJECTION, List.of("Afghanistan"), List.of(), List.of());
        }

        @Test
        void floatedAndPutForwardAreOffers() {
            var floated = StatementFixture.of("Norway has floated a joint mechanism to monitor the truce in Hodeidah.")
                    .country("Norway").city("Hodeidah").extract();
            expect(floated, OFFER, List.of("Norway"), List.of(), List.of("Hodeidah"));
            var put = StatementFixture.of("Switzerland put forward new crossing points near Nicosia.")
                    .country("Switzerland").city("Nicosia").extract();
            expect(put, OFFER, List.of("Switzerland"), List.of(), List.of("Nicosia"));
        }

        @Test
        void committedNotToIsAnOffer() {
            var all = StatementFixture.of("Eritrea committed not to send troops into Tigray.")
                    .country("Eritrea").region("Tigray").extract();
            expect(all, OFFER, List.of("Eritrea"), List.of(), List.of("Tigray"));
        }

        @Test
        @Disabled("known gap: the parser reads 'ceasefire days ago' as one phrase, so 'had accepted' has no object to be a proposal")
        void acceptingATruceIsAnOffer() {
            var all = StatementFixture.of("Cambodia had accepted an immediate and unconditional ceasefire days ago.")
                    .country("Cambodia").extract();
            expect(all, OFFER, List.of("Cambodia"), List.of(), List.of());
        }

        @Test
        void acceptingAnAwardIsNoOffer() {
            var all = StatementFixture.of("Cambodia accepted an award from the museum in Siem Reap.")
                    .country("Cambodia").city("Siem Reap").extract();
            assertTrue(all.isEmpty(), describe(all));
        }

        @Test
        void wouldHostAndWouldRespectAreOffers() {
            var host = StatementFixture.of("Oman would host the next round in Salalah.")
                    .country("Oman").city("Salalah").extract();
            expect(host, OFFER, List.of("Oman"), List.of(), List.of("Salalah"));
            var respect = StatementFixture.of("Laos would respect the truce along the Mekong.")
                    .country("Laos").extract();
            expect(respect, OFFER, List.of("Laos"), List.of(), List.of());
        }
    }

    @Nested
    class MoreConditions {

        @Test
        @Disabled("known gap: 'Turkey's truce with the SDF will hold' is not read as an offer")
        void aPossessiveSubjectWithAPhraseIsDescribed() {
            var all = StatementFixture.of("Hakan Fidan said Turkey's truce with the SDF will hold only as long as "
                            + "the militia stays east of Manbij.")
                    .person("Hakan Fidan").country("Turkey").org("SDF").city("Manbij").extract();
            expect(all, OFFER, List.of("Hakan Fidan"), List.of(), List.of());
            expect(all, DEMAND, List.of("Hakan Fidan"), List.of(), List.of("Manbij"));
        }

        @Test
        void suchTalksCouldGoAheadAsLongAs() {
            var all = StatementFixture.of("Lars Holm said such talks could go ahead as long as they respected the "
                            + "wishes of the people of the Faroe Islands.")
                    .person("Lars Holm").region("Faroe Islands").extract();
            expect(all, DEMAND, List.of("Lars Holm"), List.of(), List.of("Faroe Islands"));
        }

        @Test
        void anUnnamedSubjectOfAConditionStillGivesTheDemand() {
            var all = StatementFixture.of("Chisinau was ready to buy gas for the region as long as its leaders agreed "
                            + "to pay market prices.")
                    .government("Chisinau", "Moldova").extract();
            expect(all, OFFER, List.of("Moldova"), List.of(), List.of());
            expect(all, DEMAND, List.of("Moldova"), List.of(), List.of());
        }

        @Test
        void anUnnamedAttributionClosesTheCondition() {
            var all = StatementFixture.of("Iran would cap enrichment in return for the lifting of sanctions, Iranian "
                            + "officials said on Sunday, a day after talks in Muscat.")
                    .country("Iran").city("Muscat").extract();
            expect(all, DEMAND, List.of("Iran"), List.of(), List.of());
            expect(all, OFFER, List.of("Iran"), List.of(), List.of());
        }

        @Test
        void ifNeededIsNoDemand() {
            var all = StatementFixture.of("NATO said a further battalion was ready to deploy to Mitrovica if needed.")
                    .org("NATO").city("Mitrovica").extract();
            assertTrue(ofKind(all, DEMAND).isEmpty(), describe(all));
        }

        @Test
        void anOfferedThreatOnANegatedConditionIsADemandOnly() {
            var all = StatementFixture.of("Joe Biden said he was prepared to order more strikes if the attacks on "
                            + "ships near Hodeidah did not stop.")
                    .person("Joe Biden").city("Hodeidah").extract();
            expect(all, DEMAND, List.of("Joe Biden"), List.of(), List.of("Hodeidah"));
            assertTrue(ofKind(all, OFFER).isEmpty(), describe(all));
        }

        @Test
        void noBeforeANounDoesNotNegateTheCondition() {
            var all = StatementFixture.of("The TPLF would accept a ceasefire if there were guarantees of no further "
                            + "invasions of Tigray.")
                    .org("TPLF").region("Tigray").extract();
            expect(all, OFFER, List.of("TPLF"), List.of(), List.of());
        }
    }

    @Nested
    class MakersAndForms {

        @Test
        void aDemonymAndAGroupNounMakeTheStatement() {
            var all = StatementFixture.of("Russian negotiators on Monday rejected the plan for Kherson.")
                    .region("Kherson").extract();
            expect(all, REJECTION, List.of("Russia"), List.of(), List.of("Kherson"));
        }

        @Test
        void theGovernmentOfACountryInsideTheContentIsNoPlace() {
            var all = StatementFixture.of("Kabul committed not to back any group attacking the government of Pakistan "
                            + "from Khost.")
                    .government("Kabul", "Afghanistan").country("Pakistan").city("Khost").extract();
            expect(all, OFFER, List.of("Afghanistan"), List.of(), List.of("Khost"));
        }

        @Test
        void aBodyInARegionAfterADatelineMakesTheStatement() {
            var all = StatementFixture.of("CHISINAU (Parley) - The separatist authorities in Transnistria have turned "
                            + "down the offer of gas.")
                    .city("CHISINAU").region("Transnistria").extract();
            expect(all, REJECTION, List.of("Transnistria"), List.of(), List.of());
        }

        @Test
        void aCoMakerBeforeATitleInAppositionIsKept() {
            var all = StatementFixture.of("Mette Frederiksen and Greenland's premier, Jens Nielsen, rejected the call "
                            + "for a sale.")
                    .person("Mette Frederiksen").region("Greenland").person("Jens Nielsen").extract();
            expect(all, REJECTION, List.of("Jens Nielsen", "Mette Frederiksen"), List.of(), List.of());
        }

        @Test
        void remainedWillingIsAnOffer() {
            var all = StatementFixture.of("The ELN remained willing to return to the table in Caracas.")
                    .org("ELN").city("Caracas").extract();
            expect(all, OFFER, List.of("ELN"), List.of(), List.of("Caracas"));
        }

        @Test
        @Disabled("known gap: a third party's 'X could keep Y only if' is not read as an offer with a condition")
        void couldBeforeAPricedConditionIsAnOffer() {
            var all = StatementFixture.of("Marco Rubio said Iran could keep a civilian programme only if it imported "
                            + "its fuel from Russia.")
                    .person("Marco Rubio").country("Iran").country("Russia").extract();
            expect(all, OFFER, List.of("Marco Rubio"), List.of("Iran"), List.of());
            expect(all, DEMAND, List.of("Marco Rubio"), List.of("Iran"), List.of("Russia"));
        }

        @Test
        void couldBeforeAPlainConditionIsNoOffer() {
            var all = StatementFixture.of("Britain warned that it could restore sanctions on Iran if no deal is reached.")
                    .country("Britain").country("Iran").extract();
            assertTrue(ofKind(all, OFFER).isEmpty(), describe(all));
        }
    }
}
