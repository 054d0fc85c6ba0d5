package nl.stemwerk.kieswet.entry;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds entries for tests. Starts from a proces-verbaal that passes every check: 90 voters (A 90, D 90), two
 * lists with 60 (10 + 20 + 30) and 30 (5 + 10 + 15) votes, no blank or invalid ballots, H 90, "D = H" ticked.
 */
public final class EntryBuilder {
    public ExtraInvestigationSection extraInvestigation = ExtraInvestigationSection.EMPTY;
    public CountingDifferencesSection countingDifferences = new CountingDifferencesSection(YesNo.NO, YesNo.NO);
    public Count eligibleVoters = Count.of(100);
    public Count a = Count.of(90);
    public Count b = Count.of(0);
    public Count c = Count.EMPTY;
    public Count d = Count.of(90);
    public Count e1 = Count.of(60);
    public Count e2 = Count.of(30);
    public Count e = Count.of(90);
    public Count f = Count.of(0);
    public Count g = Count.of(0);
    public Count h = Count.of(90);
    public boolean equalTicked = true;
    public boolean moreTicked;
    public boolean fewerTicked;
    public Count i = Count.EMPTY;
    public Count j = Count.EMPTY;
    public YesNo explained = YesNo.EMPTY;
    public Count list1Total = Count.of(60);
    public List<Count> list1 = counts(10, 20, 30);
    public Count list2Total = Count.of(30);
    public List<Count> list2 = counts(5, 10, 15);

    public static EntryBuilder valid() {
        return new EntryBuilder();
    }

    public static List<Count> counts(long... values) {
        List<Count> counts = new ArrayList<>();
        for (long v : values) {
            counts.add(Count.of(v));
        }
        return counts;
    }

    /** Sets D and H with the matching box and I or J, all consistent. */
    public EntryBuilder admittedAndCounted(long admitted, long counted) {
        a = Count.of(admitted);
        d = Count.of(admitted);
        h = Count.of(counted);
        g = Count.of(counted - 90);
        equalTicked = admitted == counted;
        moreTicked = counted > admitted;
        fewerTicked = counted < admitted;
        i = counted > admitted ? Count.of(counted - admitted) : Count.EMPTY;
        j = counted < admitted ? Count.of(admitted - counted) : Count.EMPTY;
        explained = admitted == counted ? YesNo.EMPTY : YesNo.YES;
        return this;
    }

    public ReportEntry cso() {
        return new ReportEntry.GsbCsoEntry(extraInvestigation, countingDifferences, voters(), votes(), differences(),
                candidateVotes());
    }

    public ReportEntry dso() {
        return new ReportEntry.GsbDsoEntry(voters(), votes(), differences(), candidateVotes());
    }

    public ReportEntry csb() {
        return new ReportEntry.CsbEntry(eligibleVoters, voters(), votes(), new CsbDifferencesSection(i, j),
                candidateVotes());
    }

    public ReportEntry build(EntryModel model) {
        return switch (model) {
            case GSB_CSO -> cso();
            case GSB_DSO -> dso();
            case CSB -> csb();
        };
    }

    private VotersSection voters() {
        return new VotersSection(a, b, c, d);
    }

    private VotesSection votes() {
        return new VotesSection(List.of(new VotesSection.ListTotal(1, e1), new VotesSection.ListTotal(2, e2)),
                e, f, g, h);
    }

    private DifferencesSection differences() {
        return new DifferencesSection(equalTicked, moreTicked, fewerTicked, i, j, explained);
    }

    private List<CandidateVotesSection> candidateVotes() {
        return List.of(new CandidateVotesSection(1, list1Total, list1), new CandidateVotesSection(2, list2Total, list2));
    }
}
