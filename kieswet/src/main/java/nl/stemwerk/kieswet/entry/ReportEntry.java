package nl.stemwerk.kieswet.entry;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A proces-verbaal as one typist typed it, section by section as on paper. Boxes may be empty.
 */
public sealed interface ReportEntry {
    EntryModel model();

    VotersSection voters();

    VotesSection votes();

    List<CandidateVotesSection> candidateVotes();

    /** Every box by field name, in form order; an empty box is the empty string. */
    default Map<String, String> fields() {
        Fields fields = new Fields();
        switch (this) {
            case GsbCsoEntry cso -> {
                cso.extraInvestigation().addTo(fields);
                cso.countingDifferences().addTo(fields);
            }
            case CsbEntry csb -> fields.put(Fields.ELIGIBLE_VOTERS, csb.eligibleVoters());
            case GsbDsoEntry dso -> {
                // N 10-1 opens with the counts
            }
        }
        voters().addTo(fields);
        votes().addTo(fields);
        switch (this) {
            case GsbCsoEntry cso -> cso.differences().addTo(fields);
            case GsbDsoEntry dso -> dso.differences().addTo(fields);
            case CsbEntry csb -> csb.differences().addTo(fields);
        }
        candidateVotes().forEach(c -> c.addTo(fields));
        return fields.ordered();
    }

    /**
     * An empty form for these lists.
     *
     * @param candidatesPerList list number to its number of candidates, in list order
     */
    static ReportEntry empty(EntryModel model, Map<Integer, Integer> candidatesPerList) {
        List<Integer> lists = List.copyOf(candidatesPerList.keySet());
        VotesSection votes = VotesSection.empty(lists);
        List<CandidateVotesSection> candidates = candidatesPerList.entrySet().stream()
                .map(e -> CandidateVotesSection.empty(e.getKey(), e.getValue())).toList();
        return switch (model) {
            case GSB_CSO -> new GsbCsoEntry(ExtraInvestigationSection.EMPTY, CountingDifferencesSection.EMPTY,
                    VotersSection.EMPTY, votes, DifferencesSection.EMPTY, candidates);
            case GSB_DSO -> new GsbDsoEntry(VotersSection.EMPTY, votes, DifferencesSection.EMPTY, candidates);
            case CSB -> new CsbEntry(Count.EMPTY, VotersSection.EMPTY, votes, CsbDifferencesSection.EMPTY, candidates);
        };
    }

    /**
     * Na 31-2 Bijlage 1: a polling station's count, entered by the municipal electoral committee with central
     * counting.
     */
    record GsbCsoEntry(ExtraInvestigationSection extraInvestigation, CountingDifferencesSection countingDifferences,
                       VotersSection voters, VotesSection votes, DifferencesSection differences,
                       List<CandidateVotesSection> candidateVotes) implements ReportEntry {
        public GsbCsoEntry {
            Objects.requireNonNull(extraInvestigation, "extraInvestigation");
            Objects.requireNonNull(countingDifferences, "countingDifferences");
            Objects.requireNonNull(voters, "voters");
            Objects.requireNonNull(votes, "votes");
            Objects.requireNonNull(differences, "differences");
            candidateVotes = List.copyOf(candidateVotes);
        }

        @Override
        public EntryModel model() {
            return EntryModel.GSB_CSO;
        }

    }

    /** N 10-1: a polling station's proces-verbaal, entered by the municipal electoral committee. */
    record GsbDsoEntry(VotersSection voters, VotesSection votes, DifferencesSection differences,
                       List<CandidateVotesSection> candidateVotes) implements ReportEntry {
        public GsbDsoEntry {
            Objects.requireNonNull(voters, "voters");
            Objects.requireNonNull(votes, "votes");
            Objects.requireNonNull(differences, "differences");
            candidateVotes = List.copyOf(candidateVotes);
        }

        @Override
        public EntryModel model() {
            return EntryModel.GSB_DSO;
        }

    }

    /**
     * Na 31-2: a municipal electoral committee's proces-verbaal, entered by the central electoral committee.
     *
     * @param eligibleVoters "Aantal kiesgerechtigden"
     */
    record CsbEntry(Count eligibleVoters, VotersSection voters, VotesSection votes, CsbDifferencesSection differences,
                    List<CandidateVotesSection> candidateVotes) implements ReportEntry {
        public CsbEntry {
            Objects.requireNonNull(eligibleVoters, "eligibleVoters");
            Objects.requireNonNull(voters, "voters");
            Objects.requireNonNull(votes, "votes");
            Objects.requireNonNull(differences, "differences");
            candidateVotes = List.copyOf(candidateVotes);
        }

        @Override
        public EntryModel model() {
            return EntryModel.CSB;
        }

    }
}
