package nl.stemwerk.budgeting.rule;

import static nl.stemwerk.budgeting.testing.Elections.election;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.BudgetingError;
import nl.stemwerk.budgeting.election.BudgetingException;

/** Ties as equalshares.net recommends: lowest cost, then most supporters, then a lot drawn before the count. */
class TieBreakingTest {

    /**
     * pabutools' completion example: a(1), b(2), c(2), d(1), e(1), f(1), budget 5. MES buys {a}; greedy then takes c
     * (3 votes), then b or d (2 votes each). pabutools breaks that tie by name and gets {a, b, c}; the recommended
     * rule takes the cheaper d, after which e or f (1 vote, cost 1) fits but not both: that needs the lot.
     */
    private static BudgetElection completionExample() {
        return election(5).project("a", 1).project("b", 2).project("c", 2).project("d", 1).project("e", 1)
                .project("f", 1).voters(2, "a", "b").voters(1, "a").voters(3, "a", "c").voters(2, "a", "d")
                .voters(1, "f").voters(1, "e").build();
    }

    private static final RuleVariant MES_THEN_GREEDY = RuleVariant.parse("mes/cost/none/then-greedy/v1");

    @Test
    void theCheaperProjectWinsATieOnVotes() {
        BudgetOutcome outcome = BudgetRules.compute(completionExample(), MES_THEN_GREEDY);

        assertThat(outcome).isInstanceOfSatisfying(BudgetOutcome.LotRequired.class,
                lot -> assertThat(lot.tiedProjectIds()).containsExactly("e", "f"));
    }

    @Test
    void theLotDecidesWhatCostAndVotesLeaveOpenAndIsRecorded() {
        Lot lot = new Lot(List.of("f", "e", "d", "c", "b", "a"), "openbare trekking 3 maart");

        BudgetResult result = BudgetRules.compute(completionExample(), MES_THEN_GREEDY, lot).orElseThrow();

        assertThat(result.winners()).containsExactly("a", "c", "d", "f");
        assertThat(result.lot()).isEqualTo(lot);
        assertThat(result.tieBreaks()).containsExactly(
                new TieBreak(List.of("b", "d"), TieBreak.DecidedBy.LOWEST_COST, "d"),
                new TieBreak(List.of("e", "f"), TieBreak.DecidedBy.LOT, "f"));
    }

    /** Equal effective vote counts (2 supporters each): the cheaper project is bought first. */
    @Test
    void inEqualSharesAnExactTieGoesToTheCheaperProject() {
        BudgetElection election = election(4).project("a", 1).project("b", 2).voters(2, "b").voters(2, "a").build();

        BudgetResult result = BudgetRules.compute(election, RuleVariant.parse("mes/cost/none/v1")).orElseThrow();

        assertThat(result.winners()).containsExactly("a", "b");
        assertThat(result.tieBreaks()).containsExactly(
                new TieBreak(List.of("a", "b"), TieBreak.DecidedBy.LOWEST_COST, "a"));
    }

    @Test
    void aLotThatLeavesOutATiedProjectIsRefused() {
        BudgetElection election = election(3).project("a", 2).project("b", 2).voters(1, "a").voters(1, "b").build();

        assertThatThrownBy(() -> BudgetRules.compute(election, GreedyRule.BY_VOTES, new Lot(List.of("a"), "test")))
                .isInstanceOfSatisfying(BudgetingException.class,
                        e -> assertThat(e.code()).isEqualTo(BudgetingError.LOT_INCOMPLETE))
                .hasMessageContaining("'b'");
    }

    @Test
    void aLotFromASeedIsTheOrderOfTheSha256OfSeedColonId() throws Exception {
        List<String> ids = List.of("41597", "41600", "41601", "41602");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        List<String> expected = ids.stream().sorted(Comparator.comparing(id -> HexFormat.of()
                .formatHex(sha256.digest(("3-1-4-1-5:" + id).getBytes(StandardCharsets.UTF_8))))).toList();

        Lot lot = Lot.fromSeed("3-1-4-1-5", ids);

        assertThat(lot.order()).isEqualTo(expected);
        assertThat(Lot.fromSeed("3-1-4-1-5", ids.reversed())).isEqualTo(lot);
        assertThat(lot.provenance()).contains("3-1-4-1-5");
    }
}
