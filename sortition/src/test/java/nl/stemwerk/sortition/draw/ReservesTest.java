package nl.stemwerk.sortition.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.selection.SelectionProblem;
import org.junit.jupiter.api.Test;

class ReservesTest {
    private static final Pool POOL = new Pool(List.of(
            new Volunteer("1", Map.of("g", "v"), "Dorpsstraat 1"),
            new Volunteer("2", Map.of("g", "m"), "Dorpsstraat 1"),
            new Volunteer("3", Map.of("g", "v"), "Kerkpad 2"),
            new Volunteer("4", Map.of("g", "m"), "Dijk 3"),
            new Volunteer("5", Map.of("g", "v"), "")));

    @Test
    void reservesAreTheVolunteersNotOnThePanelAndNotWithdrawn() {
        assertThat(Reserves.of(problem(false), List.of("1", "4"), Set.of("3"))).containsExactly("2", "5");
    }

    @Test
    void withOneMemberPerHouseholdSomeoneLivingWithAMemberIsNoReserve() {
        assertThat(Reserves.of(problem(true), List.of("1", "4"), Set.of())).containsExactly("3", "5");
    }

    private static SelectionProblem problem(boolean onePerHousehold) {
        Quotas quotas = new Quotas(List.of(new Quota("g", "v", 0, 2), new Quota("g", "m", 0, 2)));
        return new SelectionProblem(POOL, quotas, 2, Set.of(), onePerHousehold);
    }
}
