package nl.stemwerk.app.knowledge;

import java.util.EnumSet;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.security.StemwerkUser;

/**
 * Who may do what in the kennisbank. Everyone signed in reads everything, desk questions and answers included: the
 * election team is not split by function level. The expressions are for {@code @PreAuthorize}.
 */
public final class KnowledgeRoles {
    /** Edits content, imports and exports it, and keeps the relevance set. */
    public static final String EDIT = "hasRole('KENNISBEHEERDER')";
    /** Answers desk questions and plans checklists: the kennisbeheerder and the election coordinator. */
    public static final String EXPERT = "hasAnyRole('KENNISBEHEERDER', 'COORDINATOR')";
    /** Asks desk questions and ticks off tasks: every team member; a raadpleger only reads. */
    public static final String TEAM = "hasAnyRole('BEHEERDER', 'COORDINATOR', 'GSB_VOORZITTER', 'GSB_LID', 'CSB',"
            + " 'INVOERDER', 'GRIFFIE', 'KENNISBEHEERDER')";

    private static final Set<Role> EXPERTS = EnumSet.of(Role.KENNISBEHEERDER, Role.COORDINATOR);

    private KnowledgeRoles() {
    }

    public static boolean isEditor(StemwerkUser user) {
        return user != null && user.has(Role.KENNISBEHEERDER);
    }

    public static boolean isExpert(StemwerkUser user) {
        return user != null && user.roles().stream().anyMatch(EXPERTS::contains);
    }

    /** A team member who may act, not only read: anyone with a role other than raadpleger. */
    public static boolean isTeamMember(StemwerkUser user) {
        return user != null && user.roles().stream().anyMatch(role -> role != Role.RAADPLEGER);
    }
}
