package nl.stemwerk.turnout.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The turnout of one municipality over elections, oldest first, with the change in percentage points. When
 * the previous election was of another kind (council versus parliament) the change carries a caveat, because
 * turnout differs by kind of election far more than by anything a municipality does.
 *
 * @param municipalityCode "GM" + 4 digits
 * @param points           one per election, by date
 */
public record TurnoutTrend(String municipalityCode, List<TurnoutTrendPoint> points) {
    public TurnoutTrend {
        points = List.copyOf(points);
    }

    /** The trend of the municipality of the first figures; figures of other municipalities are refused. */
    public static TurnoutTrend of(List<MunicipalTurnout> elections) {
        if (elections.isEmpty()) {
            throw new IllegalArgumentException("at least one election");
        }
        String code = elections.getFirst().municipalityCode();
        if (elections.stream().anyMatch(e -> !e.municipalityCode().equals(code))) {
            throw new IllegalArgumentException("Een trend gaat over één gemeente; er zitten meerdere gemeenten in.");
        }
        List<MunicipalTurnout> sorted = elections.stream()
                .sorted(Comparator.comparing(MunicipalTurnout::electionDate)).toList();
        List<TurnoutTrendPoint> points = new ArrayList<>();
        Optional<MunicipalTurnout> previous = Optional.empty();
        for (MunicipalTurnout current : sorted) {
            points.add(new TurnoutTrendPoint(current, change(previous, current)));
            if (current.turnout().isKnown()) {
                previous = Optional.of(current);
            }
        }
        return new TurnoutTrend(code, points);
    }

    private static Figure<BigDecimal> change(Optional<MunicipalTurnout> previous, MunicipalTurnout current) {
        if (previous.isEmpty() || !current.turnout().isKnown()) {
            return Figure.unknown(ReasonCode.NOTHING_TO_DIVIDE_BY,
                    "Er is geen eerdere verkiezing met een bekende opkomst om mee te vergelijken.");
        }
        Ratio before = previous.get().turnout().toOptional().orElseThrow();
        Ratio after = current.turnout().toOptional().orElseThrow();
        BigDecimal points = after.exact().subtract(before.exact()).multiply(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.HALF_UP);
        if (!previous.get().category().equals(current.category())) {
            return Figure.known(points, new Reason(ReasonCode.DIFFERENT_KIND_OF_ELECTION, "Let op: "
                    + previous.get().electionName() + " en " + current.electionName() + " zijn verschillende "
                    + "soorten verkiezingen. De opkomst verschilt per soort verkiezing altijd sterk, dus dit "
                    + "verschil zegt weinig over wat de gemeente deed."));
        }
        return Figure.known(points);
    }
}
