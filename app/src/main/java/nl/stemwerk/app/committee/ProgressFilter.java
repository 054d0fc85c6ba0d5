package nl.stemwerk.app.committee;

import java.util.EnumSet;
import java.util.Set;
import nl.stemwerk.app.dataentry.StationProgress;
import nl.stemwerk.kieswet.dataentry.DataEntryStatusName;

/** The groups a progress screen counts and filters by, each a set of data-entry states. */
public enum ProgressFilter {
    ALL("alle", EnumSet.allOf(DataEntryStatusName.class)),
    NOT_STARTED("niet-begonnen", EnumSet.of(DataEntryStatusName.EMPTY)),
    IN_PROGRESS("bezig", EnumSet.of(DataEntryStatusName.FIRST_ENTRY_IN_PROGRESS,
            DataEntryStatusName.FIRST_ENTRY_FINALISED, DataEntryStatusName.SECOND_ENTRY_IN_PROGRESS,
            DataEntryStatusName.FIRST_ENTRY_CORRECTION, DataEntryStatusName.SECOND_ENTRY_CORRECTION)),
    NEEDS_COORDINATOR("actie-nodig", EnumSet.of(DataEntryStatusName.FIRST_ENTRY_HAS_ERRORS,
            DataEntryStatusName.ENTRIES_DIFFERENT)),
    DEFINITIVE("definitief", EnumSet.of(DataEntryStatusName.DEFINITIVE));

    private final String slug;
    private final Set<DataEntryStatusName> states;

    ProgressFilter(String slug, Set<DataEntryStatusName> states) {
        this.slug = slug;
        this.states = states;
    }

    /** The value in the address, e.g. {@code actie-nodig}. */
    public String slug() {
        return slug;
    }

    public boolean matches(StationProgress progress) {
        return states.contains(progress.status());
    }

    public static ProgressFilter fromSlug(String slug) {
        for (ProgressFilter filter : values()) {
            if (filter.slug.equals(slug)) {
                return filter;
            }
        }
        return ALL;
    }
}
