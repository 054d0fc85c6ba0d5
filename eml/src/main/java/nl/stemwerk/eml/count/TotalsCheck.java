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
    private static final long VALID = -1;
    private static final long BLANK = -2;
    private static final long INVALID = -3;
    private static final long FIRST_REASON = -100;

    private final Map<Long, Long> expected = new HashMap<>();
    private final Map<Long, long[]> sums = new HashMap<>();

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
                .min(Map.Entry.comparingByKey(TotalsCheck::reportingOrder))
                .ifPresent(sum -> {
                    throw cursor.failure(EmlErrorCode.TOTALS_MISMATCH, "In <TotalVotes> staat bij "
                            + describe(sum.getKey()) + " het aantal " + expected.getOrDefault(sum.getKey(), 0L)
                            + ", maar de stembureaus hebben samen " + sum.getValue()[0]
                            + ". Het totaal moet gelijk zijn aan de som van de stembureaus.");
                });
    }

    // Lists and candidates first, in number order, then the other figures.
    private static int reportingOrder(long a, long b) {
        return a >= 0 && b >= 0 ? Long.compare(a, b) : Long.compare(b, a);
    }

    private static void visit(VoteCount count, FieldVisitor visitor) {
        for (ListVotes list : count.lists()) {
            long listKey = (long) list.listNumber() << 32;
            visitor.field(listKey, list.total());
            for (CandidateCount candidate : list.candidates()) {
                visitor.field(listKey | candidate.candidateNumber(), candidate.votes());
            }
        }
        visitor.field(VALID, count.totalCounted());
        visitor.field(BLANK, count.blank());
        visitor.field(INVALID, count.invalid());
        count.uncounted().forEach((reason, value) -> visitor.field(FIRST_REASON - reason.ordinal(), value));
    }

    private static String describe(long field) {
        if (field >= 0) {
            long list = field >>> 32;
            long candidate = field & 0xFFFF_FFFFL;
            return candidate == 0 ? "lijst " + list : "kandidaat " + candidate + " van lijst " + list;
        }
        if (field == VALID) {
            return "de geldige stemmen";
        }
        if (field == BLANK) {
            return "de blanco stemmen";
        }
        if (field == INVALID) {
            return "de ongeldige stemmen";
        }
        return "\"" + UncountedReason.values()[(int) (FIRST_REASON - field)].code() + "\"";
    }

    @FunctionalInterface
    private interface FieldVisitor {
        void field(long key, long value);
    }
}
