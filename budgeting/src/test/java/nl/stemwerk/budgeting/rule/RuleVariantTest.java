package nl.stemwerk.budgeting.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import nl.stemwerk.budgeting.election.BudgetingError;
import nl.stemwerk.budgeting.election.BudgetingException;

class RuleVariantTest {

    @Test
    void theNamedVariantsHaveStableIds() {
        assertThat(GreedyRule.BY_VOTES.id()).isEqualTo("greedy/votes/v1");
        assertThat(EqualSharesRule.EQUALSHARES_TOOL_DEFAULT.id())
                .isEqualTo("mes/cost/add1-integral/exhaustive-stop/then-greedy/v1");
        assertThat(EqualSharesRule.WIELICZKA_2023.id()).isEqualTo("mes/cost/add1-integral/no-stop/v1");
        assertThat(new EqualSharesRule(EqualSharesRule.Utility.CARDINALITY, new Completion.Add1(
                Completion.Start.EXACT, true), false, Set.of(CapKind.NEIGHBOURHOOD, CapKind.CATEGORY)).id())
                .isEqualTo("mes/cardinality/add1-exact/exhaustive-stop/caps-category+neighbourhood/v1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy/votes/v1", "greedy/points/caps-neighbourhood/v1",
            "greedy/votes/caps-category/leftover-uncapped/v1", "mes/cost/none/v1", "mes/cost/none/then-greedy/v1",
            "mes/cardinality/add1-exact/no-stop/then-greedy/caps-category/v1"})
    void anIdReadsBackAsTheSameVariant(String id) {
        assertThat(RuleVariant.parse(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "greedy", "greedy/votes", "greedy/votes/v2", "mes/cost/v1", "mes/cost/add1/v1",
            "mes/cost/add1-integral/v1", "mes/cost/none/caps-category/then-greedy/v1", "greedy/votes/leftover-uncapped/v1",
            "mes/cost/none/caps-street/v1", "mes/cost/none/caps-neighbourhood+category/v1", "phragmen/v1"})
    void anyOtherIdIsRefusedWithADutchMessage(String id) {
        assertThatThrownBy(() -> RuleVariant.parse(id)).isInstanceOfSatisfying(BudgetingException.class,
                e -> assertThat(e.code()).isEqualTo(BudgetingError.UNKNOWN_RULE_VARIANT));
    }
}
