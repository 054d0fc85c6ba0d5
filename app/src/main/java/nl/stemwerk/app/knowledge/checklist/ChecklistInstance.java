package nl.stemwerk.app.knowledge.checklist;

import java.time.Instant;
import nl.stemwerk.knowledge.checklist.ElectionSchedule;

/**
 * A checklist template made concrete for one election ("takenlijst"): its anchor days and where they came from.
 *
 * @param checklistId     the template, a checklist in the content
 * @param electionId      the election in Stemwerk the dates were taken from; {@code null} when entered by hand
 * @param scheduleVersion the version of the anchor days; a change must name it
 */
public record ChecklistInstance(long id, String checklistId, Long electionId, int scheduleVersion,
                                ElectionSchedule schedule, String createdBy, Instant createdAt) {
}
