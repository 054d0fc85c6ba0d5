package nl.stemwerk.app.election.importing;

import nl.stemwerk.app.election.emlfile.ImportProblem;

/** An action of the import wizard that does not fit its step, e.g. candidate lists before the hash check. */
public final class ImportStepException extends ImportProblem {
    private final ImportStep step;

    public ImportStepException(ImportStep step) {
        super("WRONG_STEP", "import", step == ImportStep.STORED ? "Deze import is al opgeslagen."
                : "Dit kan nu niet. Eerst moet u " + step.dutchName() + ".");
        this.step = step;
    }

    public ImportStep step() {
        return step;
    }
}
