package nl.stemwerk.eml.internal;

import nl.stemwerk.kieswet.election.PollingStationType;

/** The kinds of polling station as {@code kr:ReportingUnitType} writes them in a 110b and a 510. */
public final class ReportingUnitTypes {
    private ReportingUnitTypes() {
    }

    public static PollingStationType fromEml(String code) {
        return switch (code.strip()) {
            case "Mobile" -> PollingStationType.MOBILE;
            case "Special" -> PollingStationType.SPECIAL;
            default -> PollingStationType.FIXED;
        };
    }

    public static String toEml(PollingStationType type) {
        return switch (type) {
            case FIXED -> "FixedLocation";
            case MOBILE -> "Mobile";
            case SPECIAL -> "Special";
        };
    }
}
