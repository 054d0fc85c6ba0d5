package nl.stemwerk.turnout.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stemwerk.turnout.coverage.AreaFigures;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.MunicipalTurnout;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.figures.Reason;
import nl.stemwerk.turnout.figures.ReasonCode;

/**
 * Compares two elections per area, for example before and after a new or mobile station, with
 * {@link ChangeSignificance}. Areas are matched by code; an area found in only one election is listed as not
 * comparable.
 */
public final class ElectionComparison {
    private ElectionComparison() {
    }

    public static List<AreaComparison> compare(Grouping before, Grouping after, Measure measure) {
        if (before.level() != after.level()) {
            throw new IllegalArgumentException("Vergelijk gebieden van dezelfde soort (" + before.level().dutchName()
                    + " en " + after.level().dutchName() + ").");
        }
        Map<String, AreaFigures> was = before.areas().stream().collect(Collectors.toMap(AreaFigures::code, Function.identity()));
        Map<String, AreaFigures> is = after.areas().stream().collect(Collectors.toMap(AreaFigures::code, Function.identity()));
        long totalBefore = totalAdmitted(before);
        long totalAfter = totalAdmitted(after);
        List<AreaComparison> comparisons = new ArrayList<>();
        TreeSet<String> codes = new TreeSet<>(was.keySet());
        codes.addAll(is.keySet());
        for (String code : codes) {
            AreaFigures first = was.get(code);
            AreaFigures second = is.get(code);
            String name = second != null ? second.name() : first.name();
            if (first == null || second == null) {
                comparisons.add(new AreaComparison(code, name, measure, Figure.unknown(ReasonCode.NOTHING_TO_DIVIDE_BY,
                        "Dit gebied komt maar in één van de twee verkiezingen voor, dus er is niets te vergelijken.")));
                continue;
            }
            Figure<Ratio> shareBefore = share(first, measure, totalBefore);
            Figure<Ratio> shareAfter = share(second, measure, totalAfter);
            Optional<Reason> missing = shareBefore.whyUnknown().or(shareAfter::whyUnknown);
            comparisons.add(new AreaComparison(code, name, measure, missing.<Figure<ProportionComparison>>map(Figure::unknown)
                    .orElseGet(() -> Figure.known(ChangeSignificance.compare(shareBefore.toOptional().orElseThrow(),
                            shareAfter.toOptional().orElseThrow(), measure)))));
        }
        return comparisons;
    }

    /** Municipal turnout of two elections, with a caveat when they are of a different kind. */
    public static Figure<ProportionComparison> compare(MunicipalTurnout before, MunicipalTurnout after) {
        if (!before.turnout().isKnown() || !after.turnout().isKnown()) {
            return Figure.unknown(before.turnout().whyUnknown().or(() -> after.turnout().whyUnknown()).orElseThrow());
        }
        ProportionComparison comparison = ChangeSignificance.compare(before.turnout().toOptional().orElseThrow(),
                after.turnout().toOptional().orElseThrow(), Measure.TURNOUT);
        if (!before.category().equals(after.category())) {
            return Figure.known(comparison, new Reason(ReasonCode.DIFFERENT_KIND_OF_ELECTION, "Let op: "
                    + before.electionName() + " en " + after.electionName() + " zijn verschillende soorten "
                    + "verkiezingen. Het verschil in opkomst komt vooral daardoor."));
        }
        return Figure.known(comparison);
    }

    private static Figure<Ratio> share(AreaFigures area, Measure measure, long municipalAdmitted) {
        return switch (measure) {
            case TURNOUT -> area.turnout();
            case EARLY_VOTING_SHARE -> area.earlyVotingShare();
            case PROXY_SHARE -> area.proxyShare();
            case SHARE_OF_MUNICIPAL_VOTERS -> area.admittedVoters().whyUnknown().isPresent() || municipalAdmitted == 0
                    ? Figure.unknown(area.admittedVoters().whyUnknown().orElse(new Reason(ReasonCode.NOTHING_TO_DIVIDE_BY,
                    "Er zijn geen kiezers in de gemeente geteld.")))
                    : Figure.known(new Ratio(area.admittedVoters().toOptional().orElseThrow(), municipalAdmitted));
        };
    }

    private static long totalAdmitted(Grouping grouping) {
        return grouping.areas().stream().flatMap(a -> a.admittedVoters().toOptional().stream()).mapToLong(Long::longValue).sum();
    }
}
