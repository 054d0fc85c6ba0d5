package nl.stemwerk.eml.check;

import java.util.HashMap;
import java.util.Map;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.count.CandidateCount;
import nl.stemwerk.eml.count.ListVotes;
import nl.stemwerk.eml.count.VoteCount;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;

/**
 * The lists and candidates of one contest of a 230b, numbered in list order (each list, then its candidates),
 * to place the votes of a 510 on them and to refuse votes for lists or candidates that are not there.
 */
public final class KnownSelections {
    private final Map<Selection, Integer> positions = new HashMap<>();

    public KnownSelections(CandidateContest contest) {
        for (PoliticalGroup group : contest.politicalGroups()) {
            positions.put(new Selection(group.number(), 0), positions.size());
            for (Candidate candidate : group.candidates()) {
                positions.put(new Selection(group.number(), candidate.number()), positions.size());
            }
        }
    }

    private record Selection(int list, int candidate) {
    }

    /** How many lists and candidates there are together. */
    public int size() {
        return positions.size();
    }

    /** The position of a list (candidate 0) or of a candidate of a list, or -1 when it is not there. */
    public int positionOf(int list, int candidate) {
        return positions.getOrDefault(new Selection(list, candidate), -1);
    }

    /**
     * Refuses a count with votes for a list or candidate that is not there.
     *
     * @param where     where in the count, for the message, e.g. "Bij 0668::SB3"
     * @param countFile the name of the 510
     */
    public void require(VoteCount count, String where, String countFile) {
        for (ListVotes list : count.lists()) {
            if (positionOf(list.listNumber(), 0) < 0) {
                throw EmlException.of(EmlErrorCode.UNKNOWN_LIST, countFile, where + " staan stemmen op lijst "
                        + list.listNumber() + ", maar die lijst staat niet in de kandidatenlijsten. Kies de"
                        + " kandidatenlijsten die bij deze telling horen.");
            }
            for (CandidateCount candidate : list.candidates()) {
                if (positionOf(list.listNumber(), candidate.candidateNumber()) < 0) {
                    throw EmlException.of(EmlErrorCode.UNKNOWN_CANDIDATE, countFile, where + " staan stemmen op"
                            + " kandidaat " + candidate.candidateNumber() + " van lijst " + list.listNumber()
                            + ", maar die kandidaat staat niet op de kandidatenlijst. Kies de kandidatenlijsten"
                            + " die bij deze telling horen.");
                }
            }
        }
    }
}
