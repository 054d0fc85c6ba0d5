package nl.stemwerk.kieswet.apportionment.internal;

import nl.stemwerk.kieswet.apportionment.DrawingOfLots;

/**
 * Thrown by a rule that meets a tie for which no lot was drawn yet. A tie can occur deep inside any rule, and the
 * outcome must carry the steps up to it; unwinding to {@link nl.stemwerk.kieswet.apportionment.Apportionment}
 * is the simplest way to stop there. Never escapes the library.
 */
public final class LotsRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient DrawingOfLots drawing;

    LotsRequired(DrawingOfLots drawing) {
        super(null, null, false, false);
        this.drawing = drawing;
    }

    public DrawingOfLots drawing() {
        return drawing;
    }
}
