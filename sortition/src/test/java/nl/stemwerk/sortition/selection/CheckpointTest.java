package nl.stemwerk.sortition.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SharedData;

class CheckpointTest {
    private static final SelectionProblem PROBLEM = SharedData.sortitionFoundationFixture();

    /** Cancels as soon as the given phase reports, as a "stop" button would. */
    private static SelectionOutcome cancelledDuring(SelectionPhase phase, List<Checkpoint> saved) {
        CancellationToken token = new CancellationToken();
        SelectionListener listener = new SelectionListener() {
            @Override
            public void progress(SelectionProgress progress) {
                if (progress.phase() == phase && progress.settledVolunteers() > 0) {
                    token.cancel();
                }
            }

            @Override
            public void checkpoint(Checkpoint checkpoint) {
                saved.add(checkpoint);
            }
        };
        return Lotteries.SORTITION.compute(PROBLEM,
                SelectionOptions.leximin().withListener(listener).withCancellation(token));
    }

    @Test
    void aCancelledRunReturnsACheckpointThatResumesToTheSameFairness() {
        List<Checkpoint> saved = new ArrayList<>();
        SelectionOutcome outcome = cancelledDuring(SelectionPhase.RAISING_PROBABILITIES, saved);

        assertThat(outcome).isInstanceOf(SelectionOutcome.Cancelled.class);
        Checkpoint checkpoint = ((SelectionOutcome.Cancelled) outcome).checkpoint();
        assertThat(checkpoint.seeded()).isTrue();
        assertThat(checkpoint.settled()).isNotEmpty();
        assertThat(saved).isNotEmpty();

        Checkpoint restored = Checkpoint.parse(new StringReader(checkpoint.toText()));
        assertThat(restored).isEqualTo(checkpoint);
        Lottery resumed = Lotteries.compute(PROBLEM, SelectionOptions.leximin().resumingFrom(restored));
        Lottery uninterrupted = Lotteries.sortitionFoundationLeximin();

        assertThat(resumed.fairness().minimum()).isCloseTo(uninterrupted.fairness().minimum(), within(1e-6));
        assertThat(resumed.fairness().gini()).isCloseTo(uninterrupted.fairness().gini(), within(1e-5));
        Lotteries.assertEveryPanelMeetsTheQuotas(resumed);
    }

    @Test
    void progressReachesDoneWithEveryVolunteerSettled() {
        List<SelectionProgress> reports = new ArrayList<>();
        SelectionListener listener = new SelectionListener() {
            @Override
            public void progress(SelectionProgress progress) {
                reports.add(progress);
            }
        };
        Lotteries.compute(SharedData.paperInstance("example_small_20"),
                SelectionOptions.leximin().withListener(listener));

        assertThat(reports.getFirst().phase()).isEqualTo(SelectionPhase.CHECKING_QUOTAS);
        assertThat(reports.getLast().phase()).isEqualTo(SelectionPhase.DONE);
        assertThat(reports.getLast().fractionSettled()).isEqualTo(1.0);
        assertThat(reports).extracting(SelectionProgress::phase).isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void aCheckpointOfAnotherProblemIsRefused() {
        List<Checkpoint> saved = new ArrayList<>();
        Checkpoint checkpoint = ((SelectionOutcome.Cancelled) cancelledDuring(SelectionPhase.RAISING_PROBABILITIES,
                saved)).checkpoint();
        SelectionProblem other = new SelectionProblem(PROBLEM.pool(), PROBLEM.quotas(), 23, PROBLEM.keptIds(), false);

        SelectionOptions resuming = SelectionOptions.leximin().resumingFrom(checkpoint);

        assertThatThrownBy(() -> Lotteries.SORTITION.compute(other, resuming))
                .isInstanceOfSatisfying(SortitionException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.CHECKPOINT_INVALID));
    }

    @Test
    void unreadableCheckpointTextIsRefusedInDutch() {
        assertThatThrownBy(() -> Checkpoint.parse(new StringReader("iets anders\n")))
                .isInstanceOfSatisfying(SortitionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.CHECKPOINT_INVALID);
                    assertThat(e.getMessage()).contains("tussenresultaat");
                });
    }
}
