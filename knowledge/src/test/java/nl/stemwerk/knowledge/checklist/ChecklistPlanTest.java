package nl.stemwerk.knowledge.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.model.Anchor;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.Edition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChecklistPlanTest {

    static final Edition GR2026 = Edition.parse("GR2026").orElseThrow();
    /** GR2026: election day Wednesday 18 March 2026; the session days are this test's own choice. */
    static final ElectionSchedule SCHEDULE_GR2026 = ElectionSchedule.regular(GR2026, LocalDate.of(2026, 3, 18),
            LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 23));

    private final Checklist checklist = Samples.knowledgeBase().checklist("planning-klein").orElseThrow();

    @Nested
    class Schedules {

        @Test
        void theNominationDayOfGr2026IsMondayTheSecondOfFebruary() {
            assertThat(SCHEDULE_GR2026.nominationDay()).isEqualTo(LocalDate.of(2026, 2, 2));
        }

        @Test
        void theNominationDayOfGr2022WasMondayTheThirtyFirstOfJanuary() {
            ElectionSchedule gr2022 = ElectionSchedule.regular(Edition.parse("GR2022").orElseThrow(),
                    LocalDate.of(2022, 3, 16), LocalDate.of(2022, 3, 17), LocalDate.of(2022, 3, 21));

            assertThat(gr2022.nominationDay()).isEqualTo(LocalDate.of(2022, 1, 31));
        }

        @Test
        void afterTheDissolutionOfTk2025TheNominationDayWasAlso44DaysBefore() {
            ElectionSchedule tk2025 = ElectionSchedule.regular(Edition.parse("TK2025").orElseThrow(),
                    LocalDate.of(2025, 10, 29), LocalDate.of(2025, 10, 30), LocalDate.of(2025, 11, 7));

            assertThat(tk2025.dayOf(Anchor.NOMINATION_DAY)).isEqualTo(LocalDate.of(2025, 9, 15));
        }

        @Test
        void theElectionDayMustFallInTheYearOfTheElection() {
            assertThatThrownBy(() -> ElectionSchedule.regular(GR2026, LocalDate.of(2025, 3, 18),
                    LocalDate.of(2025, 3, 19), LocalDate.of(2025, 3, 23)))
                    .isInstanceOfSatisfying(ScheduleException.class, e ->
                            assertThat(e.code()).isEqualTo(ScheduleException.Code.ELECTION_DAY_NOT_IN_YEAR));
        }

        @Test
        void nominationMustComeBeforeElectionDay() {
            assertThatThrownBy(() -> new ElectionSchedule(GR2026, LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 18),
                    LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 23)))
                    .isInstanceOfSatisfying(ScheduleException.class, e ->
                            assertThat(e.code()).isEqualTo(ScheduleException.Code.NOMINATION_NOT_BEFORE_ELECTION));
        }

        @Test
        void theSessionsComeAfterTheVoteInTheirOrder() {
            assertThatThrownBy(() -> ElectionSchedule.regular(GR2026, LocalDate.of(2026, 3, 18),
                    LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 23)))
                    .isInstanceOfSatisfying(ScheduleException.class, e ->
                            assertThat(e.code()).isEqualTo(ScheduleException.Code.GSB_SESSION_BEFORE_ELECTION_DAY))
                    .hasMessageContaining("2026-03-17");
            assertThatThrownBy(() -> ElectionSchedule.regular(GR2026, LocalDate.of(2026, 3, 18),
                    LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 18)))
                    .isInstanceOfSatisfying(ScheduleException.class, e ->
                            assertThat(e.code()).isEqualTo(ScheduleException.Code.CSB_SESSION_BEFORE_GSB_SESSION));
        }
    }

    @Test
    void everyTaskGetsItsRealDeadlineEarliestFirst() {
        ChecklistPlan plan = ChecklistPlan.of(checklist, SCHEDULE_GR2026);

        assertThat(plan.tasks()).extracting(ScheduledTask::due).containsExactly(
                LocalDate.of(2025, 11, 4),
                LocalDate.of(2026, 1, 3),
                LocalDate.of(2026, 3, 18),
                LocalDate.of(2026, 3, 19),
                LocalDate.of(2026, 3, 24));
    }

    @Test
    void theDayAfterElectionDayEverythingUpToElectionDayThatIsStillOpenIsLate() {
        ChecklistPlan plan = ChecklistPlan.of(checklist, SCHEDULE_GR2026);

        List<ScheduledTask> late = plan.lateOn(LocalDate.of(2026, 3, 19), Map.of());

        assertThat(late).extracting(t -> t.task().text()).containsExactly("Stel het projectteam samen",
                "Wijs de stemlokalen aan", "Open alle stembureaus om 7.30 uur");
    }

    @Test
    void doneAndNotApplicableTasksAreNeverLate() {
        ChecklistPlan plan = ChecklistPlan.of(checklist, SCHEDULE_GR2026);
        String first = plan.tasks().get(0).task().id();
        String second = plan.tasks().get(1).task().id();

        List<ScheduledTask> late = plan.lateOn(LocalDate.of(2026, 3, 19),
                Map.of(first, TaskState.DONE, second, TaskState.NOT_APPLICABLE));

        assertThat(late).extracting(t -> t.task().text()).containsExactly("Open alle stembureaus om 7.30 uur");
    }

    @Test
    void aTaskDueTodayIsNotLateYet() {
        ChecklistPlan plan = ChecklistPlan.of(checklist, SCHEDULE_GR2026);

        assertThat(plan.lateOn(LocalDate.of(2026, 3, 18), Map.of())).hasSize(2);
    }

    @Test
    void listsTheOpenTasksOfAWeek() {
        ChecklistPlan plan = ChecklistPlan.of(checklist, SCHEDULE_GR2026);

        assertThat(plan.openBetween(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22), Map.of()))
                .extracting(ScheduledTask::due)
                .containsExactly(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19));
    }
}
