package nl.stemwerk.sortition.draw;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.selection.SelectionProblem;

/**
 * When members withdraw after the draw: the problem whose lottery picks their replacements. The members who
 * stay are kept (on every panel), the ones who withdrew leave the pool, and the quotas and panel size stay as
 * they were; so the replacements are drawn fairly among everyone who keeps the quotas met, and the new lottery
 * states each volunteer's chance of becoming a replacement.
 */
public final class Replacement {
    private Replacement() {
    }

    public static SelectionProblem afterWithdrawal(SelectionProblem original, Collection<String> panelMemberIds,
                                                   Collection<String> withdrawnIds) {
        Set<String> panel = new HashSet<>(panelMemberIds);
        for (String id : withdrawnIds) {
            if (!panel.contains(id)) {
                throw new SortitionException(ProblemCode.WITHDRAWN_NOT_ON_PANEL,
                        "'" + id + "' zit niet in het panel en kan zich dus niet terugtrekken.");
            }
        }
        Set<String> withdrawn = Set.copyOf(withdrawnIds);
        Pool pool = new Pool(original.pool().volunteers().stream()
                .filter(volunteer -> !withdrawn.contains(volunteer.id()))
                .toList());
        Set<String> kept = new HashSet<>(panel);
        kept.removeAll(withdrawn);
        return new SelectionProblem(pool, original.quotas(), original.panelSize(), kept,
                original.oneMemberPerHousehold());
    }

    /** The ids a replacement draw added to the panel: its members that were not kept. */
    public static List<String> replacements(SelectionProblem replacementProblem, DrawnPanel drawn) {
        return drawn.memberIds().stream().filter(id -> !replacementProblem.keptIds().contains(id)).toList();
    }
}
