package nl.stemwerk.app.committee;

import java.time.LocalTime;

/**
 * A member present at a session.
 *
 * @param id       row id
 * @param name     the member's name
 * @param function voorzitter, lid or plaatsvervangend lid
 * @param from     present from, or {@code null} for the whole session
 * @param until    present until, or {@code null} for the rest of the session
 */
public record Attendance(long id, String name, AttendanceFunction function, LocalTime from, LocalTime until) {
}
