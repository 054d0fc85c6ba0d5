package nl.stemwerk.turnout.coverage.internal;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.figures.CalledVotersAssessment;

/** The count columns that belong to one area, added up. */
public final class VoterTotals {
    private long admitted;
    private long early;
    private long proxies;
    private long electionDayVotesCast;
    private long electionDayCalled;
    private final List<Integer> flagged = new ArrayList<>();

    public void add(StationCount station, CalledVotersAssessment assessment) {
        admitted += station.admittedVoters();
        proxies += station.voters().proxyCertificateCount();
        if (station.isEarly()) {
            early += station.admittedVoters();
            return;
        }
        electionDayVotesCast += station.votesCast();
        electionDayCalled += station.calledVoters();
        if (assessment.flags(station.number())) {
            flagged.add(station.number());
        }
    }

    public long admitted() {
        return admitted;
    }

    public long early() {
        return early;
    }

    public long proxies() {
        return proxies;
    }

    public long electionDayVotesCast() {
        return electionDayVotesCast;
    }

    public long electionDayCalled() {
        return electionDayCalled;
    }

    /** Election-day stations in the area whose called voters are not a district's. */
    public List<Integer> flagged() {
        return List.copyOf(flagged);
    }
}
