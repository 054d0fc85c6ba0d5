package nl.stemwerk.kieswet.check;

import static nl.stemwerk.kieswet.entry.EntryBuilder.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import nl.stemwerk.kieswet.entry.Count;
import nl.stemwerk.kieswet.entry.CountingDifferencesSection;
import nl.stemwerk.kieswet.entry.EntryBuilder;
import nl.stemwerk.kieswet.entry.EntryModel;
import nl.stemwerk.kieswet.entry.ExtraInvestigationSection;
import nl.stemwerk.kieswet.entry.ReportEntry;
import nl.stemwerk.kieswet.entry.YesNo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per check code, named after it, with the rule quoted. */
class EntryChecksTest {

    private static CheckResults check(ReportEntry entry) {
        return EntryChecks.check(entry);
    }

    private static CheckResult only(CheckResults results, CheckCode code) {
        List<CheckResult> found = java.util.stream.Stream.concat(results.errors().stream(), results.warnings().stream())
                .filter(r -> r.code() == code).toList();
        assertThat(found).as("%s fired once in %s", code, results.codes()).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest
    @EnumSource(EntryModel.class)
    void aConsistentProcesVerbaalRaisesNothing(EntryModel model) {
        assertThat(check(valid().build(model)).codes()).isEmpty();
    }

    /** F.101: "B1-1: één van beide vragen is beantwoord, en de andere niet". */
    @Test
    void f101_extraInvestigationWithOneQuestionAnsweredAndTheOtherNot() {
        EntryBuilder entry = valid();
        entry.extraInvestigation = new ExtraInvestigationSection(YesNo.YES, YesNo.EMPTY);

        assertThat(only(check(entry.cso()), CheckCode.F101).fields())
                .containsExactly("B1-1.otherReason", "B1-1.ballotsRecounted");
        entry.extraInvestigation = new ExtraInvestigationSection(YesNo.YES, YesNo.NO);
        assertThat(check(entry.cso()).codes()).doesNotContain(CheckCode.F101);
    }

    /** F.102: "B1-1: meerdere antwoorden op één van de vragen". */
    @Test
    void f102_extraInvestigationWithBothYesAndNoTicked() {
        EntryBuilder entry = valid();
        entry.extraInvestigation = new ExtraInvestigationSection(YesNo.BOTH, YesNo.NO);

        assertThat(check(entry.cso()).codes()).contains(CheckCode.F102).doesNotContain(CheckCode.F101);
    }

    /** F.111: "B1-2: één of beide vragen zijn niet beantwoord". */
    @Test
    void f111_countingDifferencesWithAQuestionUnanswered() {
        EntryBuilder entry = valid();
        entry.countingDifferences = new CountingDifferencesSection(YesNo.NO, YesNo.EMPTY);

        assertThat(only(check(entry.cso()), CheckCode.F111).fields())
                .containsExactly("B1-2.differenceExplained", "B1-2.differencePerList");
    }

    /** F.112: "B1-2: meerdere antwoorden per vraag". */
    @Test
    void f112_countingDifferencesWithBothAnswersTicked() {
        EntryBuilder entry = valid();
        entry.countingDifferences = new CountingDifferencesSection(YesNo.NO, YesNo.BOTH);

        assertThat(check(entry.cso()).codes()).containsExactly(CheckCode.F112);
    }

    /** F.201: "A + B (+ C) ≠ D". */
    @ParameterizedTest
    @EnumSource(EntryModel.class)
    void f201_pollCardsPlusProxiesMustEqualAdmittedVoters(EntryModel model) {
        EntryBuilder entry = valid();
        entry.b = Count.of(1);

        assertThat(only(check(entry.build(model)), CheckCode.F201).fields()).containsExactly("A", "B", "D");
        entry.c = Count.of(0);
        assertThat(only(check(entry.build(model)), CheckCode.F201).fields()).containsExactly("A", "B", "C", "D");
    }

    /** F.202: "(Alleen als F.204 niet getoond wordt) E.1 t/m E.n tellen niet op tot E". */
    @Test
    void f202_listTotalsMustAddUpToVotesOnCandidates() {
        EntryBuilder entry = valid();
        entry.e = Count.of(91);
        entry.h = Count.of(91);
        entry.d = Count.of(91);
        entry.a = Count.of(91);

        assertThat(only(check(entry.dso()), CheckCode.F202).fields()).containsExactly("E.1", "E.2", "E");
    }

    /** F.203: "(Alleen als F.204 niet getoond wordt) E + F + G ≠ H". */
    @Test
    void f203_votesBlankAndInvalidMustAddUpToBallotsCounted() {
        EntryBuilder entry = valid();
        entry.f = Count.of(1);

        assertThat(only(check(entry.dso()), CheckCode.F203).fields()).containsExactly("E", "F", "G", "H");
    }

    /** F.204: "De som van de lijsttotalen is groter dan 0 en E is leeg of 0"; then F.202 and F.203 are not shown. */
    @Test
    void f204_votesOnCandidatesEmptyWhileListsHaveVotesHidesF202AndF203() {
        EntryBuilder entry = valid();
        entry.e = Count.EMPTY;

        assertThat(check(entry.dso()).codes()).contains(CheckCode.F204)
                .doesNotContain(CheckCode.F202, CheckCode.F203);
        entry.e = Count.of(0);
        assertThat(only(check(entry.dso()), CheckCode.F204).fields()).containsExactly("E");
    }

    /** F.301: "'D = H' is aangevinkt, maar D ≠ H". */
    @Test
    void f301_equalBoxTickedButAdmittedDiffersFromCounted() {
        EntryBuilder entry = valid().admittedAndCounted(90, 92);
        entry.moreTicked = false;
        entry.equalTicked = true;

        assertThat(only(check(entry.cso()), CheckCode.F301).fields()).containsExactly("D=H");
    }

    /** F.302: "'H > D' is aangevinkt, maar H ≤ D". */
    @Test
    void f302_moreBoxTickedButCountedNotAboveAdmitted() {
        EntryBuilder entry = valid();
        entry.equalTicked = false;
        entry.moreTicked = true;

        assertThat(only(check(entry.cso()), CheckCode.F302).fields()).containsExactly("H>D");
    }

    /** F.303: "'H < D' is aangevinkt, maar H ≥ D". */
    @Test
    void f303_fewerBoxTickedButCountedNotBelowAdmitted() {
        EntryBuilder entry = valid();
        entry.equalTicked = false;
        entry.fewerTicked = true;

        assertThat(only(check(entry.dso()), CheckCode.F303).fields()).containsExactly("H<D");
    }

    /** F.304: "Meerdere vakjes aangevinkt, of geen enkel". */
    @Test
    void f304_exactlyOneComparisonBoxMustBeTicked() {
        EntryBuilder none = valid();
        none.equalTicked = false;
        EntryBuilder two = valid();
        two.moreTicked = true;

        assertThat(only(check(none.cso()), CheckCode.F304).fields()).containsExactly("D=H", "H>D", "H<D");
        assertThat(check(two.cso()).codes()).contains(CheckCode.F304);
    }

    /** F.305: "D = H, maar I en/of J is ingevuld"; an explicit 0 is not "ingevuld". */
    @Test
    void f305_noDifferenceButMoreOrFewerBallotsFilledIn() {
        EntryBuilder entry = valid();
        entry.j = Count.of(2);

        assertThat(only(check(entry.cso()), CheckCode.F305).fields()).containsExactly("J");
        entry.j = Count.of(0);
        assertThat(check(entry.cso()).codes()).isEmpty();
    }

    /** F.306: "H > D en I ≠ H − D". */
    @Test
    void f306_moreBallotsMustBeCountedMinusAdmitted() {
        EntryBuilder entry = valid().admittedAndCounted(90, 92);
        entry.i = Count.of(1);

        assertThat(only(check(entry.cso()), CheckCode.F306).fields()).containsExactly("I");
    }

    /** F.307: "H > D en J is ingevuld". */
    @Test
    void f307_moreBallotsCountedButFewerBallotsFilledIn() {
        EntryBuilder entry = valid().admittedAndCounted(90, 92);
        entry.j = Count.of(1);

        assertThat(only(check(entry.cso()), CheckCode.F307).fields()).containsExactly("I", "J");
    }

    /** F.308: "H < D en J ≠ D − H". */
    @Test
    void f308_fewerBallotsMustBeAdmittedMinusCounted() {
        EntryBuilder entry = valid().admittedAndCounted(93, 90);
        entry.j = Count.EMPTY;

        assertThat(only(check(entry.dso()), CheckCode.F308).fields()).containsExactly("J");
    }

    /** F.309: "H < D en I is ingevuld". */
    @Test
    void f309_fewerBallotsCountedButMoreBallotsFilledIn() {
        EntryBuilder entry = valid().admittedAndCounted(93, 90);
        entry.i = Count.of(3);

        assertThat(only(check(entry.dso()), CheckCode.F309).fields()).containsExactly("I", "J");
    }

    /** F.310: "D ≠ H en bij 'Is het verschil volledig verklaard?' is niets aangevinkt, of zowel ja als nee". */
    @Test
    void f310_aDifferenceNeedsExactlyOneAnswerOnWhetherItIsExplained() {
        EntryBuilder entry = valid().admittedAndCounted(93, 90);
        entry.explained = YesNo.EMPTY;
        assertThat(only(check(entry.cso()), CheckCode.F310).fields()).containsExactly("differenceExplained");

        entry.explained = YesNo.BOTH;
        assertThat(check(entry.cso()).codes()).contains(CheckCode.F310);
        entry.explained = YesNo.NO;
        assertThat(check(entry.cso()).codes()).doesNotContain(CheckCode.F310);
    }

    /** F.312: "Totaal toegelaten kiezers ≠ totaal uitgebrachte stemmen − méér getelde + minder getelde". */
    @Test
    void f312_centralCommitteeDifferencesMustExplainTheTotals() {
        EntryBuilder entry = valid().admittedAndCounted(93, 95);
        assertThat(check(entry.csb()).codes()).doesNotContain(CheckCode.F312);

        entry.i = Count.of(1);
        assertThat(only(check(entry.csb()), CheckCode.F312).fields()).containsExactly("I", "J");
    }

    /**
     * F.401: "Er zijn stemmen op kandidaten van een lijst, of E.x is groter dan 0, en het totaal van de lijst is
     * leeg of 0"; then F.402 and F.403 are not shown for that list.
     */
    @Test
    void f401_aListWithVotesNeedsItsTotalHidingF402AndF403() {
        EntryBuilder entry = valid();
        entry.list2Total = Count.EMPTY;

        CheckResult result = only(check(entry.cso()), CheckCode.F401);
        assertThat(result.fields()).containsExactly("list.2.total");
        assertThat(result.listNumber()).isEqualTo(OptionalInt.of(2));
        assertThat(check(entry.cso()).codes()).doesNotContain(CheckCode.F402, CheckCode.F403);
    }

    /** F.402: "(Alleen als F.401 niet getoond wordt) Totaal van een lijst ≠ som van de stemmen op de kandidaten". */
    @Test
    void f402_listTotalMustBeTheSumOfItsCandidates() {
        EntryBuilder entry = valid();
        entry.list1 = EntryBuilder.counts(10, 20, 29);

        CheckResult result = only(check(entry.csb()), CheckCode.F402);
        assertThat(result.listNumber()).isEqualTo(OptionalInt.of(1));
        assertThat(result.fields()).containsExactly("list.1.total");
    }

    /** F.403: "(Alleen als F.401 niet getoond wordt) Totaal van een lijst ≠ het lijsttotaal E.x". */
    @Test
    void f403_listTotalMustEqualItsLineInTheVotesSection() {
        EntryBuilder entry = valid();
        entry.list1Total = Count.of(61);
        entry.list1 = EntryBuilder.counts(10, 20, 31);

        CheckResult result = only(check(entry.dso()), CheckCode.F403);
        assertThat(result.fields()).containsExactly("list.1.total", "E.1");
        assertThat(check(entry.dso()).codes()).doesNotContain(CheckCode.F402);
    }

    /** W.201: "F (blanco) ≥ 3% van H, met de grens ⌈H × 3 / 100⌉; niet als F = H = 0". */
    @Test
    void w201_blankBallotsAtOrAboveThreePercent() {
        EntryBuilder entry = valid();
        entry.f = Count.of(3);
        entry.h = Count.of(93);
        entry.d = Count.of(93);
        entry.a = Count.of(93);

        assertThat(only(check(entry.cso()), CheckCode.W201).fields()).containsExactly("F");
        assertThat(check(entry.csb()).codes()).doesNotContain(CheckCode.W201);
        assertThat(CountsCheck.atLeastThreePercent(Count.of(2), Count.of(93))).isFalse();
        assertThat(CountsCheck.atLeastThreePercent(Count.of(0), Count.of(0))).isFalse();
        assertThat(CountsCheck.atLeastThreePercent(Count.of(1), Count.of(1))).isTrue();
    }

    /** W.202: "G (ongeldig) ≥ 3% van H, met de grens ⌈H × 3 / 100⌉; niet als G = H = 0". */
    @Test
    void w202_invalidBallotsAtOrAboveThreePercent() {
        EntryBuilder entry = valid();
        entry.g = Count.of(3);
        entry.h = Count.of(93);
        entry.d = Count.of(93);
        entry.a = Count.of(93);

        assertThat(only(check(entry.dso()), CheckCode.W202).fields()).containsExactly("G");
    }

    /** W.203: "|D − H| / H ≥ 2% of |D − H| ≥ 15"; the table below is the Kiesraad's own. */
    @Test
    void w203_largeDifferenceBetweenAdmittedAndCounted() {
        long[][] table = {
            {101, 100, 0}, {102, 100, 1}, {103, 100, 1},
            {1014, 1000, 0}, {1015, 1000, 1}, {1016, 1000, 1},
            {1000, 1014, 0}, {1000, 1015, 1}, {1000, 1016, 1},
            {0, 0, 0}, {1, 0, 1},
        };
        for (long[] row : table) {
            assertThat(DifferencesCheck.largeDifference(row[0], row[1]))
                    .as("D=%d H=%d", row[0], row[1]).isEqualTo(row[2] == 1);
        }
        EntryBuilder entry = valid().admittedAndCounted(90, 92);
        assertThat(only(check(entry.cso()), CheckCode.W203).fields()).containsExactly("D", "H");
    }

    /** W.204: "H (totaal aantal getelde stembiljetten) is leeg of 0". */
    @ParameterizedTest
    @EnumSource(EntryModel.class)
    void w204_nothingCounted(EntryModel model) {
        ReportEntry empty = ReportEntry.empty(model, java.util.Map.of(1, 3));

        assertThat(only(check(empty), CheckCode.W204).fields()).containsExactly("H");
    }

    /** W.205: "Het aantal kiesgerechtigden is leeg of 0"; then W.206 is not shown. */
    @Test
    void w205_noEligibleVoters() {
        EntryBuilder entry = valid();
        entry.eligibleVoters = Count.EMPTY;

        assertThat(only(check(entry.csb()), CheckCode.W205).fields()).containsExactly("eligibleVoters");
        assertThat(check(entry.csb()).codes()).doesNotContain(CheckCode.W206);
    }

    /** W.206: "(Alleen als W.205 niet getoond wordt) Het aantal kiesgerechtigden is kleiner dan A (stempassen)". */
    @Test
    void w206_fewerEligibleVotersThanPollCards() {
        EntryBuilder entry = valid();
        entry.eligibleVoters = Count.of(89);

        assertThat(only(check(entry.csb()), CheckCode.W206).fields()).containsExactly("eligibleVoters");
    }

    /** W.001: "Tweede invoer: niet alle waarden zijn gelijk aan die van de eerste invoer"; empty is not 0. */
    @Test
    void w001_secondEntryDiffersFromTheFirst() {
        EntryBuilder second = valid();
        second.list2 = EntryBuilder.counts(5, 10, 14);
        second.c = Count.of(0);

        EntryComparison comparison = EntryComparison.of(valid().cso(), second.cso());

        assertThat(comparison.differingFields()).containsExactly("C", "list.2.candidate.3");
        assertThat(comparison.warning()).hasValueSatisfying(w -> assertThat(w.code()).isEqualTo(CheckCode.W001));
        assertThat(EntryComparison.of(valid().cso(), valid().cso()).warning()).isEmpty();
        assertThat(EntryComparison.of(valid().cso(), valid().dso()).differingFields()).containsExactly("model");
    }

    @Test
    void errorsAndWarningsAreSortedByCodeAndLabelledAsOnTheCheatSheets() {
        EntryBuilder entry = valid();
        entry.b = Count.of(1);
        entry.f = Count.of(3);

        CheckResults results = check(entry.cso());

        assertThat(results.codes()).containsExactly(CheckCode.F201, CheckCode.F203, CheckCode.W201);
        assertThat(CheckCode.F201.label()).isEqualTo("F.201");
        assertThat(CheckCode.W001.isError()).isFalse();
    }
}
