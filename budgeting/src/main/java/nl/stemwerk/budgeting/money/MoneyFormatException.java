package nl.stemwerk.budgeting.money;

/** An amount that {@link Money#parse(String)} cannot read exactly. */
public final class MoneyFormatException extends Exception {

    /** Why the text is not an amount. */
    public enum Reason {
        NOT_A_NUMBER, TOO_MANY_DECIMALS, TOO_LARGE
    }

    private final Reason reason;
    private final String text;

    public MoneyFormatException(Reason reason, String text) {
        super(reason + ": " + text);
        this.reason = reason;
        this.text = text;
    }

    public Reason reason() {
        return reason;
    }

    public String text() {
        return text;
    }
}
