package nl.stemwerk.turnout.coverage.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.cbs.PopulationBasis;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.figures.CalledVotersAssessment;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.MunicipalFigures;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.figures.Reason;
import nl.stemwerk.turnout.figures.ReasonCode;
import nl.stemwerk.turnout.internal.text.Dutch;

/** The figure rules shared by every grouping (PC4, wijk, buurt). */
public final class AreaRules {
    private AreaRules() {
    }

    public static Figure<BigDecimal> stationsPer1000(Figure<BigDecimal> stations, Figure<AreaPopulation> population) {
        if (stations.whyUnknown().isPresent()) {
            return Figure.unknown(stations.whyUnknown().get());
        }
        if (population.whyUnknown().isPresent()) {
            return Figure.unknown(population.whyUnknown().get());
        }
        AreaPopulation people = population.toOptional().orElseThrow();
        if (people.count() == 0) {
            return Figure.unknown(ReasonCode.NOTHING_TO_DIVIDE_BY, "In dit gebied woont niemand volgens "
                    + people.source() + ".");
        }
        BigDecimal value = MunicipalFigures.perThousand(stations.toOptional().orElseThrow().doubleValue(), people.count());
        List<Reason> caveats = new ArrayList<>(stations.caveats());
        basisCaveat(people).ifPresent(caveats::add);
        return Figure.known(value, caveats);
    }

    public static Optional<Reason> basisCaveat(AreaPopulation people) {
        if (people.basis() != PopulationBasis.INHABITANTS) {
            return Optional.empty();
        }
        return Optional.of(new Reason(ReasonCode.POPULATION_IS_INHABITANTS, "Per 1000 inwoners (" + people.source()
                + "), niet per 1000 kiesgerechtigden: het aantal kiesgerechtigden per gebied is niet bekend. Kinderen "
                + "tellen dus mee."));
    }

    public static Figure<AreaPopulation> population(Optional<AreaPopulation> people, String levelName) {
        return people.<Figure<AreaPopulation>>map(p -> Figure.known(p, basisCaveat(p).stream().toList()))
                .orElseGet(() -> Figure.unknown(ReasonCode.POPULATION_UNKNOWN_FOR_AREA, "Voor deze " + levelName
                        + " is geen aantal kiesgerechtigden of inwoners opgegeven. Kiesgerechtigden zijn alleen per "
                        + "gemeente bekend; geef CBS-kerncijfers per wijk of buurt op om dit te berekenen."));
    }

    /** Admitted voters, early share, proxy share and turnout of the count columns of one area. */
    public record Voters(Figure<Long> admitted, Figure<Ratio> earlyShare, Figure<Ratio> proxyShare,
                         Figure<Ratio> turnout) {
        public static Voters unknown(Reason why) {
            return new Voters(Figure.unknown(why), Figure.unknown(why), Figure.unknown(why), Figure.unknown(why));
        }
    }

    public static Voters voters(VoterTotals totals, CalledVotersAssessment assessment, ElectionCount count) {
        Reason freeChoice = CalledVotersAssessment.caveat();
        Figure<Long> admitted = Figure.known(totals.admitted(), freeChoice);
        if (totals.admitted() == 0) {
            Reason none = new Reason(ReasonCode.NOTHING_TO_DIVIDE_BY, "Bij de stembureaus in dit gebied zijn geen "
                    + "kiezers toegelaten, of er ligt hier geen stembureau.");
            return new Voters(admitted, Figure.unknown(none), Figure.unknown(none), Figure.unknown(none));
        }
        return new Voters(admitted, Figure.known(new Ratio(totals.early(), totals.admitted()), freeChoice),
                Figure.known(new Ratio(totals.proxies(), totals.admitted())), turnout(totals, assessment, count));
    }

    private static Figure<Ratio> turnout(VoterTotals totals, CalledVotersAssessment assessment, ElectionCount count) {
        if (!assessment.usablePerStation()) {
            return Figure.unknown(ReasonCode.CALLED_VOTERS_NOT_PER_DISTRICT, assessment.findings().getFirst().explanation());
        }
        if (!totals.flagged().isEmpty()) {
            return Figure.unknown(ReasonCode.CALLED_VOTERS_BELOW_ADMITTED, "Bij stembureau "
                    + Dutch.list(totals.flagged()) + " in dit gebied stemden meer kiezers dan er waren opgeroepen. "
                    + "Het aantal opgeroepen kiezers hoort daar dus niet bij een echt stemdistrict.");
        }
        if (totals.electionDayCalled() == 0) {
            return Figure.unknown(ReasonCode.NOTHING_TO_DIVIDE_BY,
                    "Voor de stembureaus in dit gebied zijn geen opgeroepen kiezers bekend.");
        }
        List<Reason> caveats = new ArrayList<>(List.of(CalledVotersAssessment.caveat()));
        long early = count.earlyVotingStations().stream().mapToLong(StationCount::admittedVoters).sum();
        if (early > 0) {
            caveats.add(new Reason(ReasonCode.EARLY_VOTING_HAS_NO_DISTRICT, "De " + Dutch.number(early)
                    + " kiezers die vervroegd stemden, horen bij geen enkel gebied. Ze tellen hier niet mee, dus deze "
                    + "opkomst is lager dan de echte. Vergelijk gebieden daarom alleen met elkaar."));
        }
        return Figure.known(new Ratio(totals.electionDayVotesCast(), totals.electionDayCalled()), caveats);
    }
}
