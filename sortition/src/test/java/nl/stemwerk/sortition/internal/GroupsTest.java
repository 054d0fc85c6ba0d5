package nl.stemwerk.sortition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.selection.GroupRole;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.testing.SmallPools;

class GroupsTest {
    private static final SelectionProblem PROBLEM = new SelectionProblem(
            SmallPools.pool("e:wijk=noord", "b:wijk=noord", "a:wijk=zuid@Laan 1", "d:wijk=zuid@Laan 1",
                    "c:wijk=noord@Laan 2", "f:wijk=noord"),
            SmallPools.quotas("wijk=noord:0-3", "wijk=zuid:0-3"), 3, Set.of("a"), true);

    @Test
    void alikeVolunteersWithoutHousematesShareAGroupInIdOrder() {
        Groups groups = Groups.of(PROBLEM);

        assertThat(groups.all()).extracting(Group::memberIds)
                .containsExactly(List.of("a"), List.of("b", "c", "e", "f"), List.of("d"));
    }

    @Test
    void aKeptMemberIsAloneAndItsHousemateIsExcluded() {
        Groups groups = Groups.of(PROBLEM);

        assertThat(groups.all()).extracting(Group::role)
                .containsExactly(GroupRole.KEPT, GroupRole.FREE, GroupRole.EXCLUDED);
        assertThat(groups.households()).hasSize(1);
        assertThat(groups.households().getFirst()).containsExactly(0, 2);
    }

    @Test
    void withoutTheHouseholdRuleAddressesDoNotSplitGroups() {
        Groups groups = Groups.of(PROBLEM.withOneMemberPerHousehold(false).withKept(Set.of()));

        assertThat(groups.all()).extracting(Group::memberIds)
                .containsExactly(List.of("a", "d"), List.of("b", "c", "e", "f"));
        assertThat(groups.households()).isEmpty();
    }

    @Test
    void admitsChecksSizeQuotasBoundsAndHouseholds() {
        Groups groups = Groups.of(PROBLEM);

        assertThat(groups.admits(Composition.fromDense(new int[] {1, 2, 0}))).isTrue();
        assertThat(groups.admits(Composition.fromDense(new int[] {0, 3, 0}))).as("kept member missing").isFalse();
        assertThat(groups.admits(Composition.fromDense(new int[] {1, 1, 1}))).as("excluded housemate").isFalse();
        assertThat(groups.admits(Composition.fromDense(new int[] {1, 1, 0}))).as("too small").isFalse();
    }
}
