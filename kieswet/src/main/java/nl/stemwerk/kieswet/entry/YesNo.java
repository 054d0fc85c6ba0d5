package nl.stemwerk.kieswet.entry;

/**
 * A yes/no question on paper: two boxes, so "yes", "no", neither or (by mistake) both can be ticked.
 *
 * @param yes whether "ja" is ticked
 * @param no  whether "nee" is ticked
 */
public record YesNo(boolean yes, boolean no) {
    public static final YesNo EMPTY = new YesNo(false, false);
    public static final YesNo YES = new YesNo(true, false);
    public static final YesNo NO = new YesNo(false, true);
    public static final YesNo BOTH = new YesNo(true, true);

    public boolean isEmpty() {
        return !yes && !no;
    }

    public boolean isBoth() {
        return yes && no;
    }

    @Override
    public String toString() {
        return isBoth() ? "ja en nee" : yes ? "ja" : no ? "nee" : "";
    }
}
