package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.core.ArgumentRole.BY;
import static org.parley.core.ArgumentRole.ORGANIZATION;
import static org.parley.core.ArgumentRole.REGION;
import static org.parley.core.ArgumentRole.TO;
import static org.parley.core.StatementKind.DEMAND;
import static org.parley.core.StatementKind.OFFER;
import static org.parley.core.StatementKind.REJECTION;
import static org.parley.extract.statement.StatementFixture.describe;
import static org.parley.extract.statement.StatementFixture.labels;
import static org.parley.extract.statement.StatementFixture.ofKind;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parley.core.Argument;
import org.parley.core.EntityType;
import org.parley.core.Statement;
import org.parley.core.StatementFlag;
import org.parley.core.StatementKind;
import org.parley.core.StatementLink;

/**
 * The statement rules ({@link DependencyStatementExtractor}) with the real analyzer and parser, each on sentences written
 * for the test.
 */
class StatementRulesIT {

    /** The only statement of a kind, checked for by, to, regions. */
    static Statement expect(List<Statement> all, StatementKind kind, List<String> by, List<String> to,
                            List<String> regions) {
        List<Statement> k = ofKind(all, kind);
        assertEquals(1, k.size(), () -> "one " + kind + " expected in:\n" + describe(all));
        Statement s = k.get(0);
        assertEquals(by, labels(s, BY), () -> "by\n" + describe(all));
        assertEquals(to, labels(s, TO), () -> "to\n" + describe(all));
        assertEquals(regions, labels(s, REGION), () -> "regions\n" + describe(all));
        return s;
    }

    static boolean linked(Statement from, StatementLink.Type type, Statement to) {
        return from.links().stream().anyMatch(l -> l.type() == type && l.targetId().equals(to.id()));
    }

    @Nested
    class Demands {

        @Test
        void aPastVerbJoinedToAReportedModalClauseIsTheReportersDemand() {
            // "said [Oslo would not accept X] and called on ...": the parser joins "called" to "accept"; the tenses
            // say it goes with "said"
            var all = StatementFixture.of("Defence Minister Lena Ost said Oslo would not accept the new border and "
                    + "called on Sweden to withdraw from Kiruna.")
                    .person("Lena Ost").government("Oslo", "Norway").country("Sweden").city("Kiruna").extract();
            expect(all, DEMAND, List.of("Lena Ost"), List.of("Sweden"), List.of("Kiruna"));
        }

        @Test
        void aRelativeClauseOnTheAddresseeLeavesTheRequestItsContent() {
            // "asked Sweden, which ..., to withdraw": parsed whole, "to withdraw" hangs on the clause's verb
            var all = StatementFixture.of("Defence Minister Lena Ost asked Sweden, which moved two battalions north "
                    + "last winter, to withdraw its troops from Kiruna.")
                    .person("Lena Ost").country("Sweden").city("Kiruna").extract();
            expect(all, DEMAND, List.of("Lena Ost"), List.of("Sweden"), List.of("Kiruna"));
        }

        @Test
        void demandedThatGivesAddresseeFromClauseSubject() {
            var all = StatementFixture.of("Ukraine demanded on Tuesday that Russia withdraw its troops from Donetsk.")
                    .country("Ukraine").country("Russia").region("Donetsk").extract();
            Statement s = expect(all, DEMAND, List.of("Ukraine"), List.of("Russia"), List.of("Donetsk"));
            assertEquals("withdrawal", s.action());
            assertEquals(LocalDate.of(2024, 6, 11), s.date());
            assertEquals("s1", s.id());
            assertNotNull(s.content());
        }

        @Test
        void calledOnGivesObjectAsAddressee() {
            var all = StatementFixture.of("The European Union called on Serbia to recognize Kosovo.")
                    .org("European Union").country("Serbia").region("Kosovo").extract();
            Statement s = expect(all, DEMAND, List.of("European Union"), List.of("Serbia"), List.of("Kosovo"));
            assertEquals("recognition", s.action());
        }

        @Test
        void urgedWithCityInContent() {
            var all = StatementFixture.of("Turkey urged Armenia to open the border crossing near Gyumri.")
                    .country("Turkey").country("Armenia").city("Gyumri").extract();
            expect(all, DEMAND, List.of("Turkey"), List.of("Armenia"), List.of("Gyumri"));
        }

        @Test
        @Disabled("known gap: the tagger reads 'hand' in 'that Armenia hand over' as a noun, so no demanded clause is found")
        void insistedThatCession() {
            var all = StatementFixture.of("Azerbaijan insisted that Armenia hand over the Lachin district.")
                    .country("Azerbaijan").country("Armenia").region("Lachin").extract();
            Statement s = expect(all, DEMAND, List.of("Azerbaijan"), List.of("Armenia"), List.of("Lachin"));
            assertEquals("cession", s.action());
        }

        @Test
        void aDemandAfterAnOpeningAttributionHasItsMaker() {
            var all = StatementFixture.of("According to the Karachi-based Daily Star, Iran sought written Afghan "
                    + "guarantees to share the water of the Helmand.")
                    .country("Iran").government("Afghan", "Afghanistan").region("Helmand").extract();
            expect(all, DEMAND, List.of("Iran"), List.of(), List.of("Helmand"));
        }

        @Test
        void providedThatAfterATimePhraseIsAConditionOfTheOffer() {
            var all = StatementFixture.of("Sudan's army said it was ready to resume the talks within a month, "
                    + "provided that the militia left the hospitals of El Fasher.")
                    .country("Sudan").city("El Fasher").extract();
            expect(all, DEMAND, List.of("Sudan"), List.of(), List.of("El Fasher"));
        }

        @Test
        void wantsYTo() {
            var all = StatementFixture.of("Georgia wants Russia to pull its forces out of Abkhazia.")
                    .country("Georgia").country("Russia").region("Abkhazia").extract();
            expect(all, DEMAND, List.of("Georgia"), List.of("Russia"), List.of("Abkhazia"));
        }

        @Test
        void calledForCeasefireExcludesListedParties() {
            var all = StatementFixture.of("The Arab League called for a ceasefire between Israel and Hamas.")
                    .org("Arab League").country("Israel").org("Hamas").extract();
            Statement s = expect(all, DEMAND, List.of("Arab League"), List.of(), List.of());
            assertTrue(labels(s, ORGANIZATION).isEmpty(), describe(all));
            assertEquals("ceasefire", s.action());
        }

        @Test
        void possessiveCallNoun() {
            var all = StatementFixture.of("Georgia's call for international monitors in South Ossetia drew support.")
                    .country("Georgia").region("South Ossetia").extract();
            expect(all, DEMAND, List.of("Georgia"), List.of(), List.of("South Ossetia"));
        }

        @Test
        void demandByNounWithThatClause() {
            var all = StatementFixture.of("The demand by Armenia that Azerbaijan free all detainees surprised the mediators.")
                    .country("Armenia").country("Azerbaijan").extract();
            expect(all, DEMAND, List.of("Armenia"), List.of("Azerbaijan"), List.of());
        }

        @Test
        @Disabled("known gap: the parser hangs 'all detainees' of 'that Azerbaijan free all detainees surprised' on the main verb, so the action is not read")
        void demandByNounWithThatClauseGivesItsAction() {
            var all = StatementFixture.of("The demand by Armenia that Azerbaijan free all detainees surprised the mediators.")
                    .country("Armenia").country("Azerbaijan").extract();
            assertEquals("prisoner-release", ofKind(all, DEMAND).get(0).action(), describe(all));
        }

        @Test
        void modalAttributedToSpeakerAfterComma() {
            var all = StatementFixture.of("Russia must return the occupied districts of Kherson, Zelenskyy said.")
                    .country("Russia").region("Kherson").person("Zelenskyy").extract();
            expect(all, DEMAND, List.of("Zelenskyy"), List.of("Russia"), List.of("Kherson"));
        }

        @Test
        void quotedModalWithSpeaker() {
            var all = StatementFixture.of("“Israel should open the Rafah crossing,” Egypt's foreign minister Sameh Shoukry said.")
                    .country("Israel").city("Rafah").country("Egypt").person("Sameh Shoukry").extract();
            expect(all, DEMAND, List.of("Sameh Shoukry"), List.of("Israel"), List.of("Rafah"));
        }

        @Test
        void accordingToIsReported() {
            var all = StatementFixture.of("According to Qatar, Hamas must free the hostages before any pause.")
                    .country("Qatar").org("Hamas").extract();
            Statement s = expect(all, DEMAND, List.of("Qatar"), List.of("Hamas"), List.of());
            assertTrue(s.flags().contains(StatementFlag.REPORTED));
            assertEquals("prisoner-release", s.action());
        }

        @Test
        void quoteWithoutSpeakerTakesParagraphSpeaker() {
            var all = StatementFixture.of("Erdogan spoke in Ankara. “Sweden must expel the militants,” he said. "
                            + "“Finland should also act.”")
                    .person("Erdogan").city("Ankara").country("Sweden").country("Finland").extract();
            assertEquals(2, ofKind(all, DEMAND).size(), describe(all));
            Statement last = ofKind(all, DEMAND).get(1);
            assertEquals(List.of("Erdogan"), labels(last, BY), describe(all));
            assertEquals(List.of("Finland"), labels(last, TO), describe(all));
        }

        @Test
        void conditionsIncludeNoun() {
            var all = StatementFixture.of("Serbia's conditions include autonomy for the Serb municipalities in North Kosovo.")
                    .country("Serbia").region("North Kosovo").extract();
            expect(all, DEMAND, List.of("Serbia"), List.of(), List.of("North Kosovo"));
        }

        @Test
        void demonymBeforeTroopsGivesAddressee() {
            var all = StatementFixture.of("Ukraine demanded a full withdrawal of Russian troops from Crimea.")
                    .country("Ukraine").region("Crimea").extract();
            Statement s = expect(all, DEMAND, List.of("Ukraine"), List.of("Russia"), List.of("Crimea"));
            assertTrue(s.arguments(TO).get(0).inferred());
        }

        @Test
        void speakersOwnCountryIsNotAPlaceOfTheContent() {
            var all = StatementFixture.of("Putin demanded that Kyiv cede the territory to Moscow.")
                    .person("Putin", "Vladimir Putin").government("Kyiv", "Ukraine").government("Moscow", "Russia")
                    .extract();
            Statement s = expect(all, DEMAND, List.of("Vladimir Putin"), List.of("Ukraine"), List.of());
            assertEquals("cession", s.action());
        }

        @Test
        void coordinatedSubjectsOfModalAreAllAddressees() {
            var all = StatementFixture.of("“Troops from Amhara and Eritrea must leave Tigray,” the front's spokesman Getachew Reda said.")
                    .region("Amhara").country("Eritrea").region("Tigray").person("Getachew Reda").extract();
            expect(all, DEMAND, List.of("Getachew Reda"), List.of("Amhara", "Eritrea"), List.of("Tigray"));
        }

        @Test
        void pronounSubjectResolvedToLastPerson() {
            var all = StatementFixture.of("Volodymyr Zelenskyy spoke to the summit. He also called for all prisoners to be released.")
                    .person("Volodymyr Zelenskyy").extract();
            Statement s = expect(all, DEMAND, List.of("Volodymyr Zelenskyy"), List.of(), List.of());
            assertEquals("prisoner-release", s.action());
        }
    }

    @Nested
    class Offers {

        @Test
        void offeredToHostTalksInCity() {
            var all = StatementFixture.of("Turkey offered to host talks between Russia and Ukraine in Istanbul.")
                    .country("Turkey").country("Russia").country("Ukraine").city("Istanbul").extract();
            Statement s = expect(all, OFFER, List.of("Turkey"), List.of(), List.of("Istanbul"));
            assertEquals("negotiation", s.action());
        }

        @Test
        void proposedPrisonerExchange() {
            var all = StatementFixture.of("Qatar proposed a prisoner exchange between Armenia and Azerbaijan.")
                    .country("Qatar").country("Armenia").country("Azerbaijan").extract();
            Statement s = expect(all, OFFER, List.of("Qatar"), List.of(), List.of());
            assertEquals("prisoner-release", s.action());
        }

        @Test
        void readyToNegotiateWith() {
            var all = StatementFixture.of("Ukraine is ready to negotiate with Russia.")
                    .country("Ukraine").country("Russia").extract();
            Statement s = expect(all, OFFER, List.of("Ukraine"), List.of("Russia"), List.of());
            assertEquals("negotiation", s.action());
        }

        @Test
        void openToTalksAfterSaidTakesSpeaker() {
            var all = StatementFixture.of("The Kremlin said it was open to talks with Washington.")
                    .government("Kremlin", "Russia").government("Washington", "United States").extract();
            expect(all, OFFER, List.of("Russia"), List.of("United States"), List.of());
        }

        @Test
        void wouldAgreeIsHypothetical() {
            var all = StatementFixture.of("Israel would agree to a six-week pause in Gaza.")
                    .country("Israel").region("Gaza").extract();
            Statement s = expect(all, OFFER, List.of("Israel"), List.of(), List.of("Gaza"));
            assertTrue(s.flags().contains(StatementFlag.HYPOTHETICAL), describe(all));
        }

        @Test
        void possessiveProposalIncludes() {
            var all = StatementFixture.of("Egypt's proposal for a truce in Rafah includes a hostage release.")
                    .country("Egypt").city("Rafah").extract();
            expect(all, OFFER, List.of("Egypt"), List.of(), List.of("Rafah"));
        }

        @Test
        void laidOutPlanWithMonitoringBody() {
            var all = StatementFixture.of("Norway laid out a plan to monitor the truce with observers from the OSCE.")
                    .country("Norway").org("OSCE").extract();
            Statement s = expect(all, OFFER, List.of("Norway"), List.of(), List.of());
            assertEquals(List.of("OSCE"), labels(s, ORGANIZATION));
            assertEquals("ceasefire", s.action());
        }

        @Test
        void promisedWithWeekdayDate() {
            var all = StatementFixture.of("Vladimir Putin promised Friday to order a truce.")
                    .person("Vladimir Putin").published(LocalDate.of(2024, 6, 16)).extract();
            Statement s = expect(all, OFFER, List.of("Vladimir Putin"), List.of(), List.of());
            assertEquals(LocalDate.of(2024, 6, 14), s.date());
        }

        @Test
        void passiveOfferedByAgent() {
            var all = StatementFixture.of("The proposal, which is being offered by Qatar, has three stages.")
                    .country("Qatar").extract();
            expect(all, OFFER, List.of("Qatar"), List.of(), List.of());
        }

        @Test
        void anOfferNotMadeIsNoStatement() {
            // What a party did not offer is a report of an absence, not a proposal (the gold annotates none).
            var all = StatementFixture.of("Russia did not offer any concessions on Crimea.")
                    .country("Russia").region("Crimea").extract();
            assertTrue(ofKind(all, OFFER).isEmpty(), describe(all));
        }

        @Test
        void futureOffer() {
            var all = StatementFixture.of("Ukraine will propose a summit in Geneva next month.")
                    .country("Ukraine").city("Geneva").extract();
            Statement s = expect(all, OFFER, List.of("Ukraine"), List.of(), List.of("Geneva"));
            assertTrue(s.flags().contains(StatementFlag.FUTURE), describe(all));
        }
    }

    @Nested
    class Conditionals {

        @Test
        @Disabled("known gap: parties named as guarantors in a condition are taken as its addressees")
        void guarantorsNamedInConditionArePlacesNotAddressees() {
            var all = StatementFixture.of("Colombia would sign the accord only if Brazil and Chile act as its guarantors.")
                    .country("Colombia").country("Brazil").country("Chile").extract();
            Statement d = expect(all, DEMAND, List.of("Colombia"), List.of(), List.of("Brazil", "Chile"));
            Statement o = ofKind(all, OFFER).get(0);
            assertFalse(labels(o, TO).contains("Brazil"), describe(all));
            assertTrue(linked(d, StatementLink.Type.CONDITION_OF, o), describe(all));
        }

        @Test
        void ordinaryConditionSubjectStaysAddressee() {
            var all = StatementFixture.of("Colombia would sign the accord only if Brazil reopens the border.")
                    .country("Colombia").country("Brazil").extract();
            expect(all, DEMAND, List.of("Colombia"), List.of("Brazil"), List.of());
        }
    }

    @Nested
    class Plans {

        @Test
        void aPlansLaterPhasesAreTheOwnersOffersAndDemands() {
            var all = StatementFixture.of("The governor said the blueprint, which was put forward by Kenya, has three "
                    + "phases. During that time Kenya would pull its troops back from Kismayo. The second phase calls "
                    + "for al-Shabaab to free all captives.")
                    .country("Kenya").city("Kismayo").org("al-Shabaab").extract();
            // the blueprint is Kenya's offer, and so is its own commitment in the plan's first phase
            assertTrue(ofKind(all, OFFER).stream().anyMatch(o -> labels(o, BY).equals(List.of("Kenya"))
                    && o.cue().equals("pull")), describe(all));
            expect(all, DEMAND, List.of("Kenya"), List.of("al-Shabaab"), List.of()); // no maker named: the plan's
        }

        @Test
        @Disabled("known gap: the terms under a party's proposal are not split into its offers and the counterpart's demands")
        void ownCommitmentsAreOffersAndCounterpartObligationsDemands() {
            var all = StatementFixture.of("Under Armenia's proposal, Armenia would open the border and Azerbaijan "
                    + "would withdraw its troops from Jermuk.")
                    .country("Armenia").country("Azerbaijan").city("Jermuk").extract();
            expect(all, OFFER, List.of("Armenia"), List.of("Azerbaijan"), List.of());
            expect(all, DEMAND, List.of("Armenia"), List.of("Azerbaijan"), List.of("Jermuk"));
        }

        @Test
        void mediatorPlanIsOneOfferByTheMediator() {
            var all = StatementFixture.of("Under Norway's plan, Peru would reopen its consulates and Ecuador "
                    + "would release the detained fishermen.")
                    .country("Norway").country("Peru").country("Ecuador").extract();
            expect(all, OFFER, List.of("Norway"), List.of("Ecuador", "Peru"), List.of());
            assertTrue(ofKind(all, DEMAND).isEmpty(), describe(all));
        }

        @Test
        void termsInTheNextSentenceKeepThePlansMaker() {
            var all = StatementFixture.of("The plan, which was offered by Armenia on Monday, has two stages.\n"
                    + "In the first, Azerbaijan would release the detained soldiers.")
                    .country("Armenia").country("Azerbaijan").extract();
            Statement d = expect(all, DEMAND, List.of("Armenia"), List.of("Azerbaijan"), List.of());
            assertEquals(1, d.sentenceIndex(), describe(all));
        }

        @Test
        void wouldWithoutAPlanIsNoTerm() {
            var all = StatementFixture.of("Analysts expect that Azerbaijan would release the detained soldiers soon.")
                    .country("Armenia").country("Azerbaijan").extract();
            assertTrue(ofKind(all, DEMAND).isEmpty(), describe(all));
        }
    }

    @Nested
    class ConditionalPairs {

        @Test
        void willIfGivesLinkedOfferAndDemand() {
            var all = StatementFixture.of("Russia will begin negotiations if Ukraine withdraws from Zaporizhzhia.")
                    .country("Russia").country("Ukraine").region("Zaporizhzhia").extract();
            Statement o = expect(all, OFFER, List.of("Russia"), List.of("Ukraine"), List.of());
            Statement d = expect(all, DEMAND, List.of("Russia"), List.of("Ukraine"), List.of("Zaporizhzhia"));
            // the condition links to what it conditions; the graph adds the inverse (parley:conditionalOn)
            assertTrue(linked(d, StatementLink.Type.CONDITION_OF, o), describe(all));
            assertTrue(o.flags().contains(StatementFlag.FUTURE));
            assertEquals("withdrawal", d.action());
        }

        @Test
        @Disabled("known gap: regions implied by a description ('the four annexed regions') are not inferred by the dependency rules")
        void asSoonAsWithAnnexedRegionsInferred() {
            var all = StatementFixture.of("Moscow offered to halt its shelling as soon as Kyiv pulls its forces out of the four annexed regions.")
                    .government("Moscow", "Russia").government("Kyiv", "Ukraine").extract();
            expect(all, OFFER, List.of("Russia"), List.of("Ukraine"), List.of());
            Statement d = ofKind(all, DEMAND).get(0);
            assertEquals(List.of("Ukraine"), labels(d, TO));
            assertEquals(4, d.arguments(REGION).size(), describe(all));
            assertTrue(d.arguments(REGION).stream().allMatch(Argument::inferred));
            assertTrue(labels(d, REGION).contains("Zaporizhzhia Oblast"));
        }

        @Test
        @Disabled("known gap: the place of the price ('Israel's withdrawal from Gaza') is also given to the offer")
        void inExchangeForPossessive() {
            var all = StatementFixture.of("Hamas said it would free the remaining captives in exchange for Israel's withdrawal from Gaza.")
                    .org("Hamas").country("Israel").region("Gaza").extract();
            Statement o = expect(all, OFFER, List.of("Hamas"), List.of("Israel"), List.of());
            Statement d = expect(all, DEMAND, List.of("Hamas"), List.of("Israel"), List.of("Gaza"));
            assertTrue(linked(d, StatementLink.Type.CONDITION_OF, o), describe(all));
            assertEquals("prisoner-release", o.action());
        }

        @Test
        void onlyIfConstitutionalChange() {
            var all = StatementFixture.of("Azerbaijan will sign the treaty only if Armenia amends its constitution.")
                    .country("Azerbaijan").country("Armenia").extract();
            Statement d = expect(all, DEMAND, List.of("Azerbaijan"), List.of("Armenia"), List.of());
            assertEquals("constitutional-change", d.action());
            assertEquals(1, ofKind(all, OFFER).size(), describe(all));
        }

        @Test
        void unlessClauseAddressedToOrganization() {
            var all = StatementFixture.of("Serbia will not recognize Kosovo unless the European Union guarantees the rights of Serbs.")
                    .country("Serbia").region("Kosovo").org("European Union").extract();
            // A refusal lifted on a condition is the condition's demand only (see aRefusalLiftedOnAConditionIsTheConditionsDemand),
            // and the place the refused act is about goes on that demand (place.condition-refused-act).
            assertTrue(ofKind(all, OFFER).isEmpty(), describe(all));
            expect(all, DEMAND, List.of("Serbia"), List.of("European Union"), List.of("Kosovo"));
        }

        @Test
        void frontedIfClause() {
            var all = StatementFixture.of("If the United States lifts sanctions, Iran will return to the nuclear talks in Vienna.")
                    .country("United States").country("Iran").city("Vienna").extract();
            Statement o = expect(all, OFFER, List.of("Iran"), List.of("United States"), List.of("Vienna"));
            Statement d = expect(all, DEMAND, List.of("Iran"), List.of("United States"), List.of());
            assertEquals("sanctions-relief", d.action());
            assertTrue(linked(d, StatementLink.Type.CONDITION_OF, o), describe(all));
        }

        @Test
        void threatIsNotAnOffer() {
            var all = StatementFixture.of("If Russia attacks again, Ukraine will strike back.")
                    .country("Russia").country("Ukraine").extract();
            assertTrue(all.isEmpty(), describe(all));
        }
    }

    @Nested
    class Rejections {

        @Test
        void rejectedPossessiveProposalAnswersIt() {
            var all = StatementFixture.of("Kyiv rejected Moscow's proposal for a truce in Donbas.")
                    .government("Kyiv", "Ukraine").government("Moscow", "Russia").region("Donbas").extract();
            Statement r = expect(all, REJECTION, List.of("Ukraine"), List.of("Russia"), List.of("Donbas"));
            // a rejected proposal keeps only the addressees its own words name
            Statement o = expect(all, OFFER, List.of("Russia"), List.of(), List.of("Donbas"));
            assertTrue(linked(r, StatementLink.Type.ANSWERS, o), describe(all));
        }

        @Test
        void dismissedTheDemandAnswersEarlierDemand() {
            var all = StatementFixture.of("Russia has demanded that Ukraine cede Kherson. Ukraine dismissed the demand on Monday.")
                    .country("Russia").country("Ukraine").region("Kherson").extract();
            Statement d = expect(all, DEMAND, List.of("Russia"), List.of("Ukraine"), List.of("Kherson"));
            Statement r = expect(all, REJECTION, List.of("Ukraine"), List.of("Russia"), List.of());
            assertTrue(linked(r, StatementLink.Type.ANSWERS, d), describe(all));
            assertEquals(LocalDate.of(2024, 6, 10), r.date());
        }

        @Test
        void ruledOut() {
            var all = StatementFixture.of("Azerbaijan ruled out any talks on the status of Karabakh.")
                    .country("Azerbaijan").region("Karabakh").extract();
            expect(all, REJECTION, List.of("Azerbaijan"), List.of(), List.of("Karabakh"));
        }

        @Test
        void neverAcceptInQuoteByItsSpeaker() {
            var all = StatementFixture.of("“We will never accept this ultimatum,” Armenian Prime Minister Nikol Pashinyan said.")
                    .person("Nikol Pashinyan").extract();
            expect(all, REJECTION, List.of("Nikol Pashinyan"), List.of(), List.of());
            assertTrue(ofKind(all, OFFER).isEmpty(), describe(all));
        }

        @Test
        void calledTheOfferATrapAnswersTheOffer() {
            var all = StatementFixture.of("Qatar offered to hold talks in Doha. The Taliban called the offer a trap.")
                    .country("Qatar").city("Doha").org("Taliban").extract();
            Statement o = expect(all, OFFER, List.of("Qatar"), List.of(), List.of("Doha"));
            Statement r = expect(all, REJECTION, List.of("Taliban"), List.of("Qatar"), List.of());
            assertTrue(linked(r, StatementLink.Type.ANSWERS, o), describe(all));
        }

        @Test
        void passiveRejectedByAgent() {
            var all = StatementFixture.of("The proposal was rejected by Hamas on Sunday.")
                    .org("Hamas").extract();
            expect(all, REJECTION, List.of("Hamas"), List.of(), List.of());
        }

        @Test
        void unacceptableAfterSaid() {
            var all = StatementFixture.of("Israel said the demands were unacceptable.")
                    .country("Israel").extract();
            expect(all, REJECTION, List.of("Israel"), List.of(), List.of());
        }

        @Test
        void refusedToWithdraw() {
            var all = StatementFixture.of("Serbia refused to withdraw its police from North Kosovo.")
                    .country("Serbia").region("North Kosovo").extract();
            expect(all, REJECTION, List.of("Serbia"), List.of(), List.of("North Kosovo"));
        }

        @Test
        @Disabled("known gap: a rejected call is not addressed to the party that rejects it")
        void rejectedCallsByPersonGivesBothStatements() {
            var all = StatementFixture.of("Moldova rejected calls by Igor Dodon for a federal state with Transnistria.")
                    .country("Moldova").person("Igor Dodon").region("Transnistria").extract();
            Statement r = expect(all, REJECTION, List.of("Moldova"), List.of("Igor Dodon"), List.of("Transnistria"));
            Statement d = expect(all, DEMAND, List.of("Igor Dodon"), List.of("Moldova"), List.of("Transnistria"));
            assertTrue(linked(r, StatementLink.Type.ANSWERS, d));
        }
    }

    @Nested
    class Precision {

        @Test
        void whatDoesNotMeetAPartysStandardsIsRejectedByWhoeverSaysSo() {
            var all = StatementFixture.of("Chile said that the list of demands failed to meet the expectations of "
                            + "Lima. This offer “does not meet our standards,” Jorge Soto said.")
                    .country("Chile").government("Lima", "Peru").person("Jorge Soto").extract();
            List<Statement> rejections = ofKind(all, REJECTION);
            assertEquals(2, rejections.size(), describe(all));
            assertEquals(List.of("Chile"), labels(rejections.get(0), BY));
            assertEquals(List.of("Jorge Soto"), labels(rejections.get(1), BY));
        }

        @Test
        void aPartyThatFailsToMeetADeadlineRejectsNothing() {
            var all = StatementFixture.of("Ana Ruiz said Chile had failed to meet the deadline.")
                    .person("Ana Ruiz").country("Chile").extract();
            assertTrue(ofKind(all, REJECTION).isEmpty(), describe(all));
        }

        @Test
        void whatAPartyHasNotRuledOutIsNoRejection() {
            var all = StatementFixture.of("The government in Santiago has not ruled out new measures against Bolivia.")
                    .country("Bolivia").extract();
            assertTrue(ofKind(all, REJECTION).isEmpty(), describe(all));
        }

        @Test
        void preparedAsAVerbOfItsOwnIsNoReadiness() {
            var all = StatementFixture.of("Norway prepared to host the envoys this week as the fighting went on. "
                            + "Sweden is prepared to host the talks.")
                    .country("Norway").country("Sweden").extract();
            expect(all, OFFER, List.of("Sweden"), List.of(), List.of());
        }

        @Test
        void questionIsNoStatement() {
            var all = StatementFixture.of("Will Russia demand more territory from Ukraine?")
                    .country("Russia").country("Ukraine").extract();
            assertTrue(all.isEmpty(), describe(all));
        }

        @Test
        void aProposalThatIsOnlyWhatAReactionIsAboutIsNoOffer() {
            // A proposal named only as what a reaction or a silence is about is no offer of that day (condition
            // reaction-phrase; on the development sets every such offer was wrong), and the one who did not answer
            // makes no statement either.
            var all = StatementFixture.of("There was no comment from Kyiv on Putin's proposal.")
                    .government("Kyiv", "Ukraine").person("Putin").extract();
            assertTrue(all.isEmpty(), describe(all));
        }

        @Test
        void plainReportIsNoStatement() {
            var all = StatementFixture.of("Fighting continued near Bakhmut as Ukraine's army reported new losses.")
                    .city("Bakhmut").country("Ukraine").extract();
            assertTrue(all.isEmpty(), describe(all));
        }

        @Test
        void journalistsAssessmentIsNoRejection() {
            var all = StatementFixture.of("Such a deal seems a nonstarter for Kyiv.")
                    .government("Kyiv", "Ukraine").extract();
            assertTrue(ofKind(all, REJECTION).isEmpty(), describe(all));
        }

        @Test
        void modalWithoutSpeakerIsNoDemand() {
            var all = StatementFixture.of("The bridge should reopen next year near Kherson.")
                    .region("Kherson").extract();
            assertTrue(all.isEmpty(), describe(all));
        }

        @Test
        void selfCommitmentInQuoteIsNoDemand() {
            var all = StatementFixture.of("“We must rebuild our cities,” Zelenskyy said.")
                    .person("Zelenskyy").extract();
            assertTrue(ofKind(all, DEMAND).isEmpty(), describe(all));
        }
    }

    @Nested
    class Flags {

        @Test
        void reportedlyAndYesterday() {
            var all = StatementFixture.of("Ukraine reportedly demanded security guarantees from the United States yesterday.")
                    .country("Ukraine").country("United States").extract();
            Statement s = ofKind(all, DEMAND).get(0);
            assertTrue(s.flags().contains(StatementFlag.REPORTED), describe(all));
            assertEquals(LocalDate.of(2024, 6, 13), s.date());
            assertEquals("security-guarantee", s.action());
        }

        @Test
        void aDemandGivenUpIsNoDemand() {
            // "no longer insists" reports that a demand was dropped: it is no demand of the party now.
            var all = StatementFixture.of("Russia no longer insists on the neutrality of Ukraine.")
                    .country("Russia").country("Ukraine").extract();
            assertTrue(ofKind(all, DEMAND).isEmpty(), describe(all));
        }

        @Test
        void futureDemand() {
            var all = StatementFixture.of("Georgia will demand compensation from Russia.")
                    .country("Georgia").country("Russia").extract();
            Statement s = ofKind(all, DEMAND).get(0);
            assertTrue(s.flags().contains(StatementFlag.FUTURE), describe(all));
            assertFalse(s.flags().contains(StatementFlag.NEGATED));
        }

        @Test
        void noDateWithoutArticleDate() {
            var all = StatementFixture.of("Armenia demanded on Monday that Azerbaijan release the soldiers.")
                    .country("Armenia").country("Azerbaijan").published(null).extract();
            assertEquals(null, ofKind(all, DEMAND).get(0).date());
        }

        @Test
        void idsFollowTextOrder() {
            var all = StatementFixture.of("Egypt proposed talks in Cairo. Israel rejected the proposal. Hamas demanded that Israel leave Gaza.")
                    .country("Egypt").city("Cairo").country("Israel").org("Hamas").region("Gaza").extract();
            assertEquals(List.of("s1", "s2", "s3"), all.stream().map(Statement::id).toList(), describe(all));
            assertEquals(List.of(OFFER, REJECTION, DEMAND), all.stream().map(Statement::kind).toList());
            assertEquals(List.of(0, 1, 2), all.stream().map(Statement::sentenceIndex).toList());
        }
    }

    @Nested
    class ActorsAndContent {

        @Test
        void appositiveAfterNameIsNotTheSubject() {
            var all = StatementFixture.of("Martti Virtanen, the OSCE special envoy for Moldova, proposed that monitors"
                    + " be deployed in Tiraspol.")
                    .person("Martti Virtanen").org("OSCE").country("Moldova").city("Tiraspol").extract();
            expect(all, OFFER, List.of("Martti Virtanen"), List.of(), List.of("Tiraspol"));
        }

        @Test
        void repliedThatIsAnAttributionAndTheSpeakerMakesTheStance() {
            var all = StatementFixture.of("Ivan Petrov replied that Serbia was ready to reopen the crossing at Jarinje.")
                    .person("Ivan Petrov").country("Serbia").city("Jarinje").extract();
            expect(all, OFFER, List.of("Ivan Petrov"), List.of(), List.of("Jarinje"));
        }

        @Test
        void saidFollowedByClauseSubjectIsNotTheSpeaker() {
            var all = StatementFixture.of("Its spokeswoman, Lena Park, said Pyongyang must dismantle the reactor at Yongbyon.")
                    .person("Lena Park").government("Pyongyang", "North Korea").city("Yongbyon").extract();
            expect(all, DEMAND, List.of("Lena Park"), List.of("North Korea"), List.of("Yongbyon"));
        }

        @Test
        void hadToBeforeQuotedVerb() {
            var all = StatementFixture.of("Marta Lind said both armies had to \"pull back immediately\" from Abyei.")
                    .person("Marta Lind").region("Abyei").extract();
            expect(all, DEMAND, List.of("Marta Lind"), List.of(), List.of("Abyei"));
        }

        @Test
        @Disabled("known gap: an offer whose subject is a described body ('the police would leave X only if') is not made; only its condition is")
        void describedSubjectWouldOfferOnlyIfDemonymForcesAct() {
            var all = StatementFixture.of("Interior Minister Goran Ilic said the police would leave Zvecan only if"
                    + " Serbian forces withdrew from the boundary line.")
                    .person("Goran Ilic").region("Zvecan").extract();
            Statement o = ofKind(all, OFFER).get(0);
            assertEquals(List.of("Goran Ilic"), labels(o, BY), describe(all));
            assertEquals(List.of("Zvecan"), labels(o, REGION), describe(all));
            expect(all, DEMAND, List.of("Goran Ilic"), List.of("Serbia"), List.of());
        }

        @Test
        void hedgedStanceReportedBySpeakerIsTheSpeakers() {
            var all = StatementFixture.of("Maria Silva said Colombia would agree to a truce in Cauca if the rebels"
                    + " freed their hostages.")
                    .person("Maria Silva").country("Colombia").region("Cauca").extract();
            expect(all, OFFER, List.of("Maria Silva"), List.of(), List.of("Cauca"));
        }

        @Test
        void coordinatedMakersAndALaterUnnamedReference() {
            var all = StatementFixture.of("Norway and Sweden called on Serbia to withdraw its police from Leposavic."
                    + " The two governments also urged Serbia to free the detained officers.")
                    .country("Norway").country("Sweden").country("Serbia").region("Leposavic").extract();
            List<Statement> ds = ofKind(all, DEMAND);
            assertEquals(2, ds.size(), describe(all));
            assertEquals(List.of("Norway", "Sweden"), labels(ds.get(0), BY), describe(all));
            assertEquals(List.of("Serbia"), labels(ds.get(0), TO), describe(all));
            assertEquals(List.of("Leposavic"), labels(ds.get(0), REGION), describe(all));
            assertEquals(List.of("Norway", "Sweden"), labels(ds.get(1), BY), describe(all));
        }

        @Test
        void secondCoordinatedVerbSharesSubjectAndAddressee() {
            var all = StatementFixture.of("Hezbollah rejected an Israeli proposal for a buffer zone on Tuesday, and"
                    + " demanded a full withdrawal from the hills near Kfarchouba.")
                    .org("Hezbollah").city("Kfarchouba").extract();
            expect(all, REJECTION, List.of("Hezbollah"), List.of("Israel"), List.of());
            expect(all, DEMAND, List.of("Hezbollah"), List.of("Israel"), List.of("Kfarchouba"));
        }

        @Test
        void appendedIdeaNotAcceptedAnswersTheOffer() {
            var all = StatementFixture.of("Turkey has offered to host the talks in Ankara, an idea Greece has not accepted.")
                    .country("Turkey").city("Ankara").country("Greece").extract();
            Statement o = expect(all, OFFER, List.of("Turkey"), List.of(), List.of("Ankara"));
            Statement r = expect(all, REJECTION, List.of("Greece"), List.of("Turkey"), List.of());
            assertTrue(linked(r, StatementLink.Type.ANSWERS, o), describe(all));
        }

        @Test
        void appendedRequestDeclinedIsARejection() {
            var all = StatementFixture.of("Serbia demanded that the monitors leave Mitrovica once the vote is over,"
                    + " a request Kosovo has so far declined.")
                    .country("Serbia").region("Kosovo").city("Mitrovica").extract();
            expect(all, DEMAND, List.of("Serbia"), List.of(), List.of("Mitrovica"));
            List<Statement> rs = ofKind(all, REJECTION);
            assertEquals(1, rs.size(), describe(all));
            assertEquals(List.of("Serbia"), labels(rs.get(0), TO), describe(all));
        }

        @Test
        void ruledOutTalksWithGivesAddressee() {
            var all = StatementFixture.of("President Alvaro Reyes ruled out talks with the ELN until the kidnappings stop.")
                    .person("Alvaro Reyes").org("ELN").extract();
            Statement r = expect(all, REJECTION, List.of("Alvaro Reyes"), List.of("ELN"), List.of());
            assertTrue(labels(r, ORGANIZATION).isEmpty(), describe(all));
        }

        @Test
        void compoundNamesAndCapitalsForGovernmentsAreNoPlaces() {
            var all = StatementFixture.of("Georgia called on the Moscow-backed leaders to reopen the crossing at Akhalgori"
                    + " without consulting Tbilisi.")
                    .country("Georgia").government("Moscow", "Russia").government("Tbilisi", "Georgia")
                    .city("Akhalgori").extract();
            expect(all, DEMAND, List.of("Georgia"), List.of(), List.of("Akhalgori"));
            var all2 = StatementFixture.of("Armenia urged the monitors to patrol Syunik without consulting Baku.")
                    .country("Armenia").government("Baku", "Azerbaijan").region("Syunik").extract();
            expect(all2, DEMAND, List.of("Armenia"), List.of(), List.of("Syunik"));
        }

        @Test
        void ownerOfAPlaceIsTheAddresseeNotAPlace() {
            var all = StatementFixture.of("Azerbaijan demanded free passage through Armenia's Syunik province.")
                    .country("Azerbaijan").country("Armenia").region("Syunik").extract();
            expect(all, DEMAND, List.of("Azerbaijan"), List.of("Armenia"), List.of("Syunik"));
        }

        @Test
        void placeBeforeAWhereClauseIsContent() {
            var all = StatementFixture.of("The African Union on Monday demanded that the Janjaweed end their siege of"
                    + " Kadugli, where relief workers say some 200,000 people are cut off by the fighting.")
                    .org("African Union").org("Janjaweed").city("Kadugli").extract();
            expect(all, DEMAND, List.of("African Union"), List.of("Janjaweed"), List.of("Kadugli"));
        }

        @Test
        @Disabled("known gap: a country the demanded act is done to ('to patrol Cyprus') is not yet told from a party")
        void countrySteeredByTheContentIsAPartyNotAPlace() {
            var all = StatementFixture.of("Kenya called on the African Union to hold Somalia to the ceasefire terms.")
                    .country("Kenya").country("Somalia").org("African Union").extract();
            expect(all, DEMAND, List.of("Kenya"), List.of("African Union"), List.of());
            var all2 = StatementFixture.of("Peru urged Chile to press Bolivia to reopen the crossing at Tambo Quemado.")
                    .country("Peru").country("Chile").country("Bolivia").city("Tambo Quemado").extract();
            expect(all2, DEMAND, List.of("Peru"), List.of("Chile"), List.of("Tambo Quemado"));
            // a country after a verb of movement is still the place at issue
            var all3 = StatementFixture.of("Greece urged the United Nations to patrol Cyprus until the talks resume.")
                    .country("Greece").country("Cyprus").org("United Nations").extract();
            expect(all3, DEMAND, List.of("Greece"), List.of("United Nations"), List.of("Cyprus"));
        }

        @Test
        void trailingBackgroundAndOccasionAreNotContent() {
            var all = StatementFixture.of("Serbia urged Kosovo to reopen the crossing at Jarinje, as NATO troops"
                    + " patrolled near Zubin Potok.")
                    .country("Serbia").country("Kosovo").city("Jarinje").city("Zubin Potok").org("NATO").extract();
            Statement s = expect(all, DEMAND, List.of("Serbia"), List.of("Kosovo"), List.of("Jarinje"));
            assertTrue(labels(s, ORGANIZATION).isEmpty(), describe(all));
            var all2 = StatementFixture.of("Maia Sandu called on Russia to withdraw its troops from Transnistria,"
                    + " in her first speech as president in Chisinau.")
                    .person("Maia Sandu").country("Russia").region("Transnistria").city("Chisinau").extract();
            expect(all2, DEMAND, List.of("Maia Sandu"), List.of("Russia"), List.of("Transnistria"));
        }

        @Test
        void leadershipOfAnOrganizationIsTheSubject() {
            var all = StatementFixture.of("The leadership of the Sudan People's Liberation Movement rejected the new"
                    + " charter on Sunday.")
                    .org("Sudan People's Liberation Movement").extract();
            expect(all, REJECTION, List.of("Sudan People's Liberation Movement"), List.of(), List.of());
        }

        @Test
        void demonymArmySubjectOfModalIsTheAddressee() {
            var all = StatementFixture.of("\u201cThe Israeli army must leave the hills near Kfarkela,\u201d Nabih Berri said.")
                    .person("Nabih Berri").city("Kfarkela").extract();
            expect(all, DEMAND, List.of("Nabih Berri"), List.of("Israel"), List.of("Kfarkela"));
        }
    }

    /** Constructions and styles the rules were not written on: passives, reported chains, synonyms, nominals. */
    @Nested
    class Generality {

        @Test
        void passiveAskedByAgentTo() {
            var all = StatementFixture.of("Serbia was asked by the European Union to pull its police out of Zvecan.")
                    .country("Serbia").org("European Union").city("Zvecan").extract();
            expect(all, DEMAND, List.of("European Union"), List.of("Serbia"), List.of("Zvecan"));
        }

        @Test
        void passiveUrgedWithoutAgentTakesSpeaker() {
            var all = StatementFixture.of("Armenia was urged to reopen the road to Goris, Azerbaijan said.")
                    .country("Armenia").country("Azerbaijan").city("Goris").extract();
            expect(all, DEMAND, List.of("Azerbaijan"), List.of("Armenia"), List.of("Goris"));
        }

        @Test
        void shouldAccordingToAtTheEnd() {
            var all = StatementFixture.of("Russia should remove its troops from Transnistria, according to Moldova.")
                    .country("Russia").country("Moldova").region("Transnistria").extract();
            expect(all, DEMAND, List.of("Moldova"), List.of("Russia"), List.of("Transnistria"));
        }

        @Test
        void wantsYToWithPlaceAfterInto() {
            var all = StatementFixture.of("The United States wants Israel to let more aid trucks into Gaza.")
                    .country("United States").country("Israel").region("Gaza").extract();
            expect(all, DEMAND, List.of("United States"), List.of("Israel"), List.of("Gaza"));
        }

        @Test
        void possessiveDemandThat() {
            var all = StatementFixture.of("Azerbaijan's demand that Armenia change its constitution has stalled the treaty.")
                    .country("Azerbaijan").country("Armenia").extract();
            expect(all, DEMAND, List.of("Azerbaijan"), List.of("Armenia"), List.of());
        }

        @Test
        void setOutConditionsWithColon() {
            var all = StatementFixture.of("Hamas set out its conditions: Israel must pull its forces out of Rafah.")
                    .org("Hamas").country("Israel").city("Rafah").extract();
            expect(all, DEMAND, List.of("Hamas"), List.of("Israel"), List.of("Rafah"));
        }

        @Test
        void wouldAcceptOnlyIf() {
            var all = StatementFixture.of("Israel would accept a truce only if Hamas freed every hostage held in Gaza.")
                    .country("Israel").org("Hamas").region("Gaza").extract();
            expect(all, OFFER, List.of("Israel"), List.of("Hamas"), List.of());
            expect(all, DEMAND, List.of("Israel"), List.of("Hamas"), List.of("Gaza"));
        }

        @Test
        void longAppositionWithRelativeClauseBeforeVerb() {
            var all = StatementFixture.of("Nikol Pashinyan, the Armenian prime minister who has led the country since 2018, "
                            + "on Monday proposed a joint border commission with Azerbaijan.")
                    .person("Nikol Pashinyan").country("Azerbaijan").extract();
            expect(all, OFFER, List.of("Nikol Pashinyan"), List.of("Azerbaijan"), List.of());
        }

        @Test
        void relativeClauseBetweenSubjectAndRejection() {
            var all = StatementFixture.of("The RSF, which has besieged El Fasher for months, rejected a call by the "
                            + "African Union for a truce.")
                    .org("RSF").city("El Fasher").org("African Union").extract();
            expect(all, REJECTION, List.of("RSF"), List.of("African Union"), List.of());
        }

        @Test
        void quoteSplitAroundSaid() {
            var all = StatementFixture.of("\u201cWe have waited long enough,\u201d Zelenskyy said, "
                            + "\u201cand Russia must leave Zaporizhzhia.\u201d")
                    .person("Zelenskyy").country("Russia").region("Zaporizhzhia").extract();
            expect(all, DEMAND, List.of("Zelenskyy"), List.of("Russia"), List.of("Zaporizhzhia"));
        }

        @Test
        void headlineRejectsDemonymDemand() {
            var all = StatementFixture.of("Ukraine rejects Russian demand to cede Zaporizhzhia")
                    .country("Ukraine").region("Zaporizhzhia").extract();
            expect(all, REJECTION, List.of("Ukraine"), List.of("Russia"), List.of("Zaporizhzhia"));
        }

        @Test
        void agreedThatMust() {
            var all = StatementFixture.of("Egypt and Qatar agreed that Israel must open the crossing at Rafah.")
                    .country("Egypt").country("Qatar").country("Israel").city("Rafah").extract();
            List<Statement> d = ofKind(all, DEMAND);
            assertEquals(1, d.size(), describe(all));
            assertEquals(java.util.Set.of("Egypt", "Qatar"), java.util.Set.copyOf(labels(d.get(0), BY)), describe(all));
            assertEquals(List.of("Israel"), labels(d.get(0), TO), describe(all));
            assertEquals(List.of("Rafah"), labels(d.get(0), REGION), describe(all));
        }

        @Test
        void nominalWithdrawalOfDemonymForcesFrom() {
            var all = StatementFixture.of("Ukraine demanded a withdrawal of Russian forces from Kherson.")
                    .country("Ukraine").region("Kherson").extract();
            expect(all, DEMAND, List.of("Ukraine"), List.of("Russia"), List.of("Kherson"));
        }

        @Test
        void nominalReturnOfPlaceTo() {
            var all = StatementFixture.of("Georgia called for the return of South Ossetia to its control.")
                    .country("Georgia").region("South Ossetia").extract();
            expect(all, DEMAND, List.of("Georgia"), List.of(), List.of("South Ossetia"));
        }

        @Test
        void seekingIsADemand() {
            var all = StatementFixture.of("Hamas is seeking a full Israeli withdrawal from Gaza.")
                    .org("Hamas").region("Gaza").extract();
            expect(all, DEMAND, List.of("Hamas"), List.of("Israel"), List.of("Gaza"));
        }

        @Test
        void pressedYTo() {
            var all = StatementFixture.of("Moldova pressed Russia to remove its ammunition depot near Cobasna.")
                    .country("Moldova").country("Russia").city("Cobasna").extract();
            expect(all, DEMAND, List.of("Moldova"), List.of("Russia"), List.of("Cobasna"));
        }

        @Test
        void tabledProposalWithVenue() {
            var all = StatementFixture.of("Turkey tabled a proposal for talks between Russia and Ukraine in Istanbul.")
                    .country("Turkey").country("Russia").country("Ukraine").city("Istanbul").extract();
            expect(all, OFFER, List.of("Turkey"), List.of(), List.of("Istanbul"));
        }

        @Test
        void proposedThatYDo() {
            var all = StatementFixture.of("Turkey proposed that Ukraine hold the next round of talks in Istanbul.")
                    .country("Turkey").country("Ukraine").city("Istanbul").extract();
            expect(all, OFFER, List.of("Turkey"), List.of("Ukraine"), List.of("Istanbul"));
        }

        @Test
        void brushedAsideCall() {
            var all = StatementFixture.of("Serbia brushed aside the European Union's call for new elections in Zvecan.")
                    .country("Serbia").org("European Union").city("Zvecan").extract();
            expect(all, REJECTION, List.of("Serbia"), List.of("European Union"), List.of("Zvecan"));
        }

        @Test
        void balkedAtDemand() {
            var all = StatementFixture.of("Israel balked at the Hamas demand for a permanent ceasefire.")
                    .country("Israel").org("Hamas").extract();
            expect(all, REJECTION, List.of("Israel"), List.of("Hamas"), List.of());
        }

        @Test
        void scoffedAtPlan() {
            var all = StatementFixture.of("Russia scoffed at Ukraine's peace plan.")
                    .country("Russia").country("Ukraine").extract();
            expect(all, REJECTION, List.of("Russia"), List.of("Ukraine"), List.of());
        }

        @Test
        void declinedTheOffer() {
            var all = StatementFixture.of("Israel declined the offer from Hamas.")
                    .country("Israel").org("Hamas").extract();
            expect(all, REJECTION, List.of("Israel"), List.of("Hamas"), List.of());
        }

        @Test
        void appealedToYTo() {
            var all = StatementFixture.of("Azerbaijan appealed to Russia to reopen the road through Lachin.")
                    .country("Azerbaijan").country("Russia").region("Lachin").extract();
            expect(all, DEMAND, List.of("Azerbaijan"), List.of("Russia"), List.of("Lachin"));
        }

        @Test
        void insistedOnDemonymWithdrawal() {
            var all = StatementFixture.of("Ukraine insisted on a Russian withdrawal from Zaporizhzhia.")
                    .country("Ukraine").region("Zaporizhzhia").extract();
            expect(all, DEMAND, List.of("Ukraine"), List.of("Russia"), List.of("Zaporizhzhia"));
        }

        @Test
        void speakingInCityIsNotAPlace() {
            var all = StatementFixture.of("Speaking in Brussels, Zelenskyy urged NATO to send air defence systems to Kharkiv.")
                    .city("Brussels").person("Zelenskyy").org("NATO").city("Kharkiv").extract();
            expect(all, DEMAND, List.of("Zelenskyy"), List.of("NATO"), List.of("Kharkiv"));
        }

        @Test
        void toldReportersInCityIsNotAPlace() {
            var all = StatementFixture.of("Erdogan told reporters in Ankara that Russia must return Crimea.")
                    .person("Erdogan").city("Ankara").country("Russia").region("Crimea").extract();
            expect(all, DEMAND, List.of("Erdogan"), List.of("Russia"), List.of("Crimea"));
        }

        @Test
        void saidInCityAtTheEndIsNotAPlace() {
            var all = StatementFixture.of("Russia must return Crimea, Erdogan said in Ankara.")
                    .person("Erdogan").city("Ankara").country("Russia").region("Crimea").extract();
            expect(all, DEMAND, List.of("Erdogan"), List.of("Russia"), List.of("Crimea"));
        }

        @Test
        void demandedGuaranteesFromY() {
            var all = StatementFixture.of("Ukraine demanded security guarantees from the United States.")
                    .country("Ukraine").country("United States").extract();
            expect(all, DEMAND, List.of("Ukraine"), List.of("United States"), List.of());
        }

        @Test
        void quoteInNextSentenceKeepsTheSpeaker() {
            var all = StatementFixture.of("Zelenskyy said the talks had stalled. \u201cRussia must leave Kherson "
                            + "and Zaporizhzhia,\u201d he added.")
                    .person("Zelenskyy").country("Russia").region("Kherson").region("Zaporizhzhia").extract();
            expect(all, DEMAND, List.of("Zelenskyy"), List.of("Russia"), List.of("Kherson", "Zaporizhzhia"));
        }

        @Test
        void saidItWouldAcceptOnlyIf() {
            var all = StatementFixture.of("Hamas said it would accept a ceasefire only if Israel withdrew from Khan Younis.")
                    .org("Hamas").country("Israel").city("Khan Younis").extract();
            expect(all, DEMAND, List.of("Hamas"), List.of("Israel"), List.of("Khan Younis"));
        }

        @Test
        void interposedPhraseBeforeThat() {
            var all = StatementFixture.of("Putin demanded, in a speech to diplomats in Moscow, that Ukraine withdraw from Kherson.")
                    .person("Putin").city("Moscow").country("Ukraine").region("Kherson").extract();
            expect(all, DEMAND, List.of("Putin"), List.of("Ukraine"), List.of("Kherson"));
        }

        @Test
        void relativeClauseSubjectCalledOn() {
            var all = StatementFixture.of("Armenia, which lost Stepanakert in 2023, has repeatedly called on Azerbaijan "
                            + "to withdraw from Jermuk.")
                    .country("Armenia").city("Stepanakert").country("Azerbaijan").city("Jermuk").extract();
            expect(all, DEMAND, List.of("Armenia"), List.of("Azerbaijan"), List.of("Jermuk"));
        }

        @Test
        void refusedToCedeWithCapitalForGovernment() {
            var all = StatementFixture.of("Kyiv refused to cede any territory in Donbas.")
                    .government("Kyiv", "Ukraine").region("Donbas").extract();
            expect(all, REJECTION, List.of("Ukraine"), List.of(), List.of("Donbas"));
        }

        @Test
        void vowedToIsNoOffer() {
            var all = StatementFixture.of("Russia vowed to crush the Ukrainian forces in Kursk.")
                    .country("Russia").region("Kursk").extract();
            assertTrue(ofKind(all, OFFER).isEmpty(), describe(all));
        }

        @Test
        void requiredYToIsADemand() {
            var all = StatementFixture.of("The European Union required Serbia to recognise the plates issued in Pristina.")
                    .org("European Union").country("Serbia").city("Pristina").extract();
            expect(all, DEMAND, List.of("European Union"), List.of("Serbia"), List.of("Pristina"));
        }

        @Test
        void possessiveGovernmentWithDatelineBeforeIt() {
            var all = StatementFixture.of("ANKARA, May 3 (Wire) - Armenia's government on Friday demanded that "
                            + "Azerbaijan free the detainees held in Baku.")
                    .government("ANKARA", "Turkey").country("Armenia").country("Azerbaijan").city("Baku").extract();
            expect(all, DEMAND, List.of("Armenia"), List.of("Azerbaijan"), List.of("Baku"));
        }

        @Test
        void speakerReportsHisCountrysConditionalOffer() {
            var all = StatementFixture.of("In Baku, Foreign Minister Jeyhun Bayramov said Azerbaijan would reopen the "
                            + "road once Armenia had withdrawn its troops from Tavush.")
                    .person("Jeyhun Bayramov").country("Azerbaijan").country("Armenia").region("Tavush").extract();
            expect(all, OFFER, List.of("Jeyhun Bayramov"), List.of("Armenia"), List.of());
            expect(all, DEMAND, List.of("Jeyhun Bayramov"), List.of("Armenia"), List.of("Tavush"));
        }

        @Test
        void conditionSubjectNamedThroughOf() {
            var all = StatementFixture.of("Jeyhun Bayramov said Azerbaijan would lift the blockade once armed units "
                            + "and commanders of Armenia had left Tavush.")
                    .person("Jeyhun Bayramov").country("Azerbaijan").country("Armenia").region("Tavush").extract();
            expect(all, DEMAND, List.of("Jeyhun Bayramov"), List.of("Armenia"), List.of("Tavush"));
        }

        @Test
        void ultimatumToYTo() {
            var all = StatementFixture.of("Azerbaijan issued an ultimatum to Armenia to withdraw from Tavush.")
                    .country("Azerbaijan").country("Armenia").region("Tavush").extract();
            expect(all, DEMAND, List.of("Azerbaijan"), List.of("Armenia"), List.of("Tavush"));
        }
    }

    @Test
    void typesOfFixtureMentionsAreKept() {
        var f = StatementFixture.of("Kyiv is far from Moscow.").government("Kyiv", "Ukraine").city("Moscow");
        var a = f.analysis();
        var ms = f.mentions(a);
        assertEquals(List.of(EntityType.COUNTRY, EntityType.CITY), ms.stream().map(m -> m.entity().type()).toList());
    }
}
