package nl.stemwerk.sortition.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SelectionPhaseTest {

    @Test
    void thePhasesFollowEachOtherInOrderUntilDone() {
        SelectionPhase phase = SelectionPhase.CHECKING_QUOTAS;
        phase = phase.next();
        assertThat(phase).isEqualTo(SelectionPhase.FINDING_PANELS);
        phase = phase.next();
        assertThat(phase).isEqualTo(SelectionPhase.RAISING_PROBABILITIES);
        phase = phase.next();
        assertThat(phase).isEqualTo(SelectionPhase.DIVIDING_TICKETS);
        assertThat(phase.next()).isEqualTo(SelectionPhase.DONE);
    }

    @Test
    void doneHasNoNextPhase() {
        assertThatThrownBy(SelectionPhase.DONE::next).isInstanceOf(IllegalStateException.class);
    }
}
