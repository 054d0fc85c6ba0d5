package nl.stemwerk.app.platform.text;

/** Numbers as Dutch readers expect them: a dot between thousands (9.350). */
public final class DutchNumbers {
    private DutchNumbers() {
    }

    /** {@code 9350} becomes {@code 9.350}; {@code -1200} becomes {@code -1.200}. */
    public static String whole(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            grouped.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
