package nl.stemwerk.kieswet.totalling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.kieswet.results.VotesCounts;

/**
 * A correction record (corrigendum, models Na 14-1 / Na 14-2) that replaces one section of an earlier
 * proces-verbaal after an investigation. The other sections stay as they were; whether the whole still adds up is
 * for {@link ResultsCheck#sums(PollingStationResults)} to say.
 */
public sealed interface Correction {
    PollingStationResults applyTo(PollingStationResults original);

    /** New admitted voters, A–D. */
    record Voters(VotersCounts voters) implements Correction {
        public Voters {
            Objects.requireNonNull(voters, "voters");
        }

        @Override
        public PollingStationResults applyTo(PollingStationResults original) {
            return new PollingStationResults(original.pollingStationNumber(), voters, original.votes(),
                    original.differences(), original.candidateVotes());
        }
    }

    /** New ballot counts, E.1–E.n and E–H. */
    record Votes(VotesCounts votes) implements Correction {
        public Votes {
            Objects.requireNonNull(votes, "votes");
        }

        @Override
        public PollingStationResults applyTo(PollingStationResults original) {
            PollingStationResults corrected = new PollingStationResults(original.pollingStationNumber(),
                    original.voters(), votes, original.differences(), original.candidateVotes());
            Shapes.requireSameLists(original, corrected);
            return corrected;
        }
    }

    /** New differences, I and J with the D/H boxes. */
    record Differences(DifferencesCounts differences) implements Correction {
        public Differences {
            Objects.requireNonNull(differences, "differences");
        }

        @Override
        public PollingStationResults applyTo(PollingStationResults original) {
            return new PollingStationResults(original.pollingStationNumber(), original.voters(), original.votes(),
                    differences, original.candidateVotes());
        }
    }

    /** New votes per candidate for one list. */
    record ListVotes(CandidateVotes list) implements Correction {
        public ListVotes {
            Objects.requireNonNull(list, "list");
        }

        @Override
        public PollingStationResults applyTo(PollingStationResults original) {
            CandidateVotes replaced = Shapes.candidateVotes(original, list.politicalGroupNumber());
            if (replaced.candidateVotes().size() != list.candidateVotes().size()) {
                throw new TotallingException(TotallingError.LISTS_DO_NOT_MATCH, "De correctie van lijst "
                        + list.politicalGroupNumber() + " heeft " + list.candidateVotes().size()
                        + " kandidaten, het proces-verbaal " + replaced.candidateVotes().size() + ".");
            }
            List<CandidateVotes> lists = new ArrayList<>();
            for (CandidateVotes c : original.candidateVotes()) {
                lists.add(c.politicalGroupNumber() == list.politicalGroupNumber() ? list : c);
            }
            return new PollingStationResults(original.pollingStationNumber(), original.voters(), original.votes(),
                    original.differences(), lists);
        }
    }
}
