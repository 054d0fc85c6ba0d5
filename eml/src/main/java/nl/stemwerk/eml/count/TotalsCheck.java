package nl.stemwerk.eml.count;

import java.util.HashMap;
import java.util.Map;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.internal.XmlCursor;

/**
 * Adds up the reporting units of a contest while they stream past, and compares the sums with the contest's
 * {@code TotalVotes} at the end. Memory depends on the number of candidates, not on the number of units.
 *
 * <p>{@code Cast} is not compared: a unit that does not know its eligible voters writes 0 (every unit of the
 * real TK2025 file of West Maas en Waal does, while its total is 16,290).
 */
final class TotalsCheck {
    private static final int VALID = -1;
    private static final int BLANK = -2;
    private static final int INVALID = -3;
    private static final int FIRST_REASON = -100;

    private final Map<Field, Long> expected = new HashMap<>();
    private final Map<Field, long[]> sums = new HashMap<>();

    TotalsCheck(VoteCount totals) {
        visit(totals, (field, value) -> {
            expected.put(field, value);
            sums.put(field, new long[1]);
        });
    }

    void add(ReportingUnitVotes unit, XmlCursor cursor) {
        visit(unit.votes(), (field, value) -> {
            long[] sum = sums.computeIfAbsent(field, key -> new long[1]);
            try {
                sum[0] = Math.addExact(sum[0], value);
            } catch (ArithmeticException e) {
                throw cursor.failure(EmlErrorCode.INVALID_VALUE, "De aantallen bij " + describe(field)
                        + " zijn samen te groot om te tellen.");
            }
        });
    }

    void verify(XmlCursor cursor) {
        sums.entrySet().stream()
                .filter(sum -> expected.getOrDefault(sum.getKey(), 0L) != sum.getValue()[0])
                .min(Map.Entry.comparingByKey())
                .ifPresent(sum -> {
                    throw cursor.failure(EmlErrorCode.TOTALS_MISMATCH, "In <TotalVotes> staat bij "
                            + describe(sum.getKey()) + " het aantal " + expected.getOrDefault(sum.getKey(), 0L)
                            + ", maar de stembureaus hebben samen " + sum.getValue()[0]
                            + ". Het totaal moet gelijk zijn aan de som van de stembureaus.");
                });
    }

    private static void visit(VoteCount count, FieldVisitor visitor) {
        for (ListVotes list : count.lists()) {
            visitor.field(new Field(list.listNumber(), 0), list.total());
            for (CandidateCount candidate : list.candidates()) {
                visitor.field(new Field(list.listNumber(), candidate.candidateNumber()), candidate.votes());
            }
        }
        visitor.field(new Field(VALID, 0), count.totalCounted());
        visitor.field(new Field(BLANK, 0), count.blank());
        visitor.field(new Field(INVALID, 0), count.invalid());
        count.uncounted().forEach((reason, value) -> visitor.field(new Field(FIRST_REASON - reason.ordinal(), 0),
                value));
    }

    private static String describe(Field field) {
        return switch (field.list()) {
            case VALID -> "de geldige stemmen";
            case BLANK -> "de blanco stemmen";
            case INVALID -> "de ongeldige stemmen";
            default -> field.list() <= FIRST_REASON
                    ? "\"" + UncountedReason.values()[FIRST_REASON - field.list()].code() + "\""
                    : field.candidate() == 0 ? "lijst " + field.list()
                    : "kandidaat " + field.candidate() + " van lijst " + field.list();
        };
    }

    /**
     * A figure of a count: a list (candidate 0), a candidate of a list, or one of the other figures (negative
     * list). Ordered so that a mismatch is reported for lists and candidates first, in number order.
     */
    private record Field(int list, int candidate) implements Comparable<Field> {
        @Override
        public int compareTo(Field other) {
            boolean mine = list > 0;
            boolean theirs = other.list > 0;
            if (mine != theirs) {
                return mine ? -1 : 1;
            }
            int byList = mine ? Integer.compare(list, other.list) : Integer.compare(other.list, list);
            return byList != 0 ? byList : Integer.compare(candidate, other.candidate);
        }
    }

    @FunctionalInterface
    private interface FieldVisitor {
        void field(Field field, long value);
    }
}
