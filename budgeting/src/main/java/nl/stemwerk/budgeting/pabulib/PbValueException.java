package nl.stemwerk.budgeting.pabulib;

/** A META value that cannot be read; the reader turns it into a {@link PbProblem} with the line. */
final class PbValueException extends Exception {

    private final PbProblemCode code;

    PbValueException(PbProblemCode code, String dutchMessage) {
        super(dutchMessage, null, false, false);
        this.code = code;
    }

    PbProblemCode code() {
        return code;
    }
}
