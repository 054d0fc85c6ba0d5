package nl.stemwerk.turnout.internal.text;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;

/** Reads numbers from cells and records a Dutch problem instead of throwing at the first bad cell. */
public final class Numbers {
    private Numbers() {
    }

    /** A whole, non-negative count such as "1886". Empty, text or a minus sign is a problem. */
    public static OptionalLong count(String raw, SourcePosition position, Problems problems) {
        String value = raw.strip();
        if (value.isEmpty()) {
            problems.add(InputProblemCode.MISSING_VALUE, position, "Hier moet een aantal staan, maar de cel is leeg.");
            return OptionalLong.empty();
        }
        try {
            long number = Long.parseLong(value);
            if (number < 0) {
                problems.add(InputProblemCode.NEGATIVE_NUMBER, position,
                        "Een aantal kan niet negatief zijn, maar hier staat " + value + ".");
                return OptionalLong.empty();
            }
            return OptionalLong.of(number);
        } catch (NumberFormatException e) {
            problems.add(InputProblemCode.NOT_A_NUMBER, position,
                    "Hier moet een heel getal staan, maar er staat '" + value + "'.");
            return OptionalLong.empty();
        }
    }

    /** A decimal number with '.' or ',' as decimal sign; empty gives an empty result without a problem. */
    public static OptionalDouble optionalDecimal(String raw, SourcePosition position, Problems problems) {
        String value = raw.strip().replace(',', '.');
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number)) {
                throw new NumberFormatException(value);
            }
            return OptionalDouble.of(number);
        } catch (NumberFormatException e) {
            problems.add(InputProblemCode.NOT_A_NUMBER, position,
                    "Hier moet een getal staan, maar er staat '" + raw.strip() + "'.");
            return OptionalDouble.empty();
        }
    }
}
