package nl.stemwerk.app.platform.security;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The roles of Stemwerk users. The order is the order of precedence for the start page of a user with several
 * roles. The Dutch label is what users see (also in the message bundle {@code i18n/users}).
 */
public enum Role {
    /** Beheerder: users, imports, settings, the audit log. */
    BEHEERDER("beheerder", "/start"),
    /** Coördinator verkiezingen: sets up the election and sessions, resolves differences between entries. */
    COORDINATOR("coördinator verkiezingen", "/start"),
    /** Voorzitter of the gemeentelijk stembureau. */
    GSB_VOORZITTER("voorzitter GSB", "/start"),
    /** Lid of the gemeentelijk stembureau. */
    GSB_LID("lid GSB", "/start"),
    /** Centraal stembureau: for the council election the municipality is the CSB. */
    CSB("CSB", "/start"),
    /** Invoerder: enters the processen-verbaal. */
    INVOERDER("invoerder", "/start"),
    /** Griffie: turnout, participation, citizens' assemblies, participatory budgets. */
    GRIFFIE("griffie", "/start"),
    /** Kennisbeheerder: edits the kennisbank. */
    KENNISBEHEERDER("kennisbeheerder", "/start"),
    /** Raadpleger: may read, never change. */
    RAADPLEGER("raadpleger", "/start");

    private final String label;
    private final String startPath;

    Role(String label, String startPath) {
        this.label = label;
        this.startPath = startPath;
    }

    public String label() {
        return label;
    }

    public String startPath() {
        return startPath;
    }

    /** The Spring Security authority, e.g. ROLE_BEHEERDER. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role primary(Set<Role> roles) {
        return roles.stream().min(Comparator.naturalOrder()).orElse(RAADPLEGER);
    }

    public static List<Role> all() {
        return Arrays.asList(values());
    }
}
