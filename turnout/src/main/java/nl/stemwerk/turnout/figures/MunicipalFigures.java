package nl.stemwerk.turnout.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import nl.stemwerk.turnout.cbs.EligibleVotersEstimate;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.internal.text.Dutch;

/**
 * Turnout per municipality: votes cast (valid + blank + invalid, all days) divided by the electorate. The
 * electorate is the count file's called-voters total; a CBS estimate is used only when the file has none.
 * Votes cast rather than admitted voters, because that is what "opkomst" counts in the glossary and in the
 * Kiesraad's results; the admitted voters are reported next to it.
 */
public final class MunicipalFigures {
    private MunicipalFigures() {
    }

    public static MunicipalTurnout of(ElectionCount count) {
        return of(count, Optional.empty());
    }

    /**
     * @param cbsEstimate used only when the count file gives no called-voters total
     */
    public static MunicipalTurnout of(ElectionCount count, Optional<EligibleVotersEstimate> cbsEstimate) {
        Figure<EligibleVoters> eligible = eligibleVoters(count, cbsEstimate);
        long cast = count.votesCast();
        long admitted = count.admittedVoters();
        long early = count.earlyVotingStations().stream().mapToLong(StationCount::admittedVoters).sum();
        long proxies = count.stations().stream().mapToLong(s -> s.voters().proxyCertificateCount()).sum();
        long blank = count.stations().stream().mapToLong(StationCount::blankVotes).sum();
        long invalid = count.stations().stream().mapToLong(StationCount::invalidVotes).sum();
        int stations = count.electionDayStations().size();
        return new MunicipalTurnout(count.municipalityCode(), count.municipalityName(), count.electionName(),
                count.electionDate(), count.category(), eligible, cast, admitted,
                eligible.map(e -> new Ratio(cast, e.count())),
                Shares.of(early, admitted, "toegelaten kiezers"),
                Shares.of(proxies, admitted, "toegelaten kiezers"),
                Shares.of(blank, cast, "uitgebrachte stemmen"),
                Shares.of(invalid, cast, "uitgebrachte stemmen"),
                stations,
                eligible.map(e -> perThousand(stations, e.count())));
    }

    /** Stations per 1000 voters, two decimals: 43 stations for 70,563 voters → 0.61. */
    public static BigDecimal perThousand(double stations, long voters) {
        return BigDecimal.valueOf(stations).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(voters), 2, RoundingMode.HALF_UP);
    }

    private static Figure<EligibleVoters> eligibleVoters(ElectionCount count,
                                                         Optional<EligibleVotersEstimate> cbsEstimate) {
        if (count.calledVotersTotal() > 0) {
            return Figure.known(new EligibleVoters(count.calledVotersTotal(), EligibleVotersSource.COUNT_FILE));
        }
        if (cbsEstimate.isPresent() && cbsEstimate.get().eligibleVoters() > 0) {
            EligibleVotersEstimate estimate = cbsEstimate.get();
            return Figure.known(new EligibleVoters(estimate.eligibleVoters(), EligibleVotersSource.CBS_ESTIMATE),
                    new Reason(ReasonCode.ELIGIBLE_VOTERS_UNKNOWN, "Het telbestand noemt geen aantal opgeroepen "
                            + "kiezers. We gebruiken de schatting van het CBS (" + estimate.table() + "), afgerond op "
                            + Dutch.number(estimate.roundedTo()) + ". De opkomst is daardoor een schatting."));
        }
        return Figure.unknown(ReasonCode.ELIGIBLE_VOTERS_UNKNOWN, "Het aantal kiesgerechtigden van "
                + count.municipalityName() + " is niet bekend: het telbestand noemt het niet en er is geen "
                + "CBS-cijfer opgegeven.");
    }
}
