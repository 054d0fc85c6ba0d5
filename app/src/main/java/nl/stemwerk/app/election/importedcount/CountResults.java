package nl.stemwerk.app.election.importedcount;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.kieswet.apportionment.Apportionment;
import nl.stemwerk.kieswet.apportionment.ApportionmentInput;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;
import nl.stemwerk.kieswet.apportionment.CandidateInput;
import nl.stemwerk.kieswet.apportionment.ListCandidates;
import nl.stemwerk.kieswet.apportionment.ListInput;
import nl.stemwerk.kieswet.apportionment.ListStanding;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.PollingStationResults;

/**
 * A count as people read it: the totals, per list the votes, the seats by the Kieswet and the elected candidates,
 * and per polling station its figures. The seats come from the {@code kieswet} library, from the count's totals;
 * they are not the official result, which the central electoral committee determines from the entered counts.
 *
 * @param total         the whole municipality
 * @param lists         per list: votes, seats and the elected candidates
 * @param seatsComplete whether the seats could be allocated without a drawing of lots
 * @param drawingOfLots when a drawing of lots is needed first: what it is about, in Dutch
 * @param stations      per polling station, in station-number order
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP">Kieswet hoofdstuk P</a>
 */
public record CountResults(ImportedCount.Figures total, List<ListLine> lists, boolean seatsComplete,
                           Optional<String> drawingOfLots, List<ImportedCount.Figures> stations) {

    /** One list: its votes in the whole municipality, its seats and who takes them. */
    public record ListLine(int number, String name, long votes, int fullSeats, int residualSeats, int seats,
                           List<Elected> elected) {
    }

    /** An elected candidate, with how: on own votes (P 15) or in list order (P 17). */
    public record Elected(int number, String name, long votes, boolean byPreference) {
    }

    public static CountResults of(StoredElection election, ImportedCount.Figures total,
                                  List<ImportedCount.Figures> stations) {
        PollingStationResults results = total.results();
        ApportionmentOutcome outcome = apportion(election, results);
        List<ListLine> lists = new ArrayList<>();
        for (PoliticalGroup list : election.lists()) {
            long votes = votesOf(results, list.number()).map(CandidateVotes::total).orElse(0L);
            lists.add(switch (outcome) {
                case ApportionmentOutcome.Completed done -> line(list, votes, results, done);
                case ApportionmentOutcome.DrawingOfLotsRequired ignored ->
                        new ListLine(list.number(), list.name(), votes, 0, 0, 0, List.of());
            });
        }
        Optional<String> drawing = outcome instanceof ApportionmentOutcome.DrawingOfLotsRequired required
                ? Optional.of(required.drawing().dutchDescription()) : Optional.empty();
        return new CountResults(total, lists, drawing.isEmpty(), drawing, stations);
    }

    /** The seats and elected candidates by the Kieswet for these totals, without deceased candidates or lots. */
    public static ApportionmentOutcome apportion(StoredElection election, PollingStationResults total) {
        return Apportionment.apportion(new ApportionmentInput(election.election().numberOfSeats(),
                election.lists().stream().map(l -> input(l, total)).toList()));
    }

    /** The list numbers, in order, for the columns of the station table. */
    public List<Integer> listNumbers() {
        return lists.stream().map(ListLine::number).toList();
    }

    /** The votes of a list at one station (or in the total). */
    public static long listVotes(ImportedCount.Figures figures, int list) {
        return votesOf(figures.results(), list).map(CandidateVotes::total).orElse(0L);
    }

    public int seats() {
        return lists.stream().mapToInt(ListLine::seats).sum();
    }

    private static ListLine line(PoliticalGroup list, long votes, PollingStationResults results,
                                 ApportionmentOutcome.Completed done) {
        ListStanding standing = done.seatAllocation().standings().stream()
                .filter(s -> s.listNumber() == list.number()).findFirst().orElseThrow();
        ListCandidates candidates = done.election().ofList(list.number());
        List<Elected> elected = new ArrayList<>();
        for (int number : candidates.elected()) {
            Candidate candidate = list.candidates().stream().filter(c -> c.number() == number).findFirst()
                    .orElseThrow();
            elected.add(new Elected(number, candidate.displayName(), candidateVotes(results, list.number(), number),
                    candidates.electedByPreference().contains(number)));
        }
        return new ListLine(list.number(), list.name(), votes, standing.fullSeats(), standing.residualSeats(),
                standing.fullSeats() + standing.residualSeats(), elected);
    }

    private static ListInput input(PoliticalGroup list, PollingStationResults results) {
        List<CandidateInput> candidates = list.candidates().stream()
                .map(c -> new CandidateInput(c.number(), candidateVotes(results, list.number(), c.number()))).toList();
        return new ListInput(list.number(), votesOf(results, list.number()).map(CandidateVotes::total).orElse(0L),
                candidates);
    }

    private static long candidateVotes(PollingStationResults results, int list, int candidate) {
        return votesOf(results, list).filter(v -> candidate <= v.candidateVotes().size())
                .map(v -> v.candidateVotes().get(candidate - 1)).orElse(0L);
    }

    private static Optional<CandidateVotes> votesOf(PollingStationResults results, int list) {
        return results.candidateVotes().stream().filter(v -> v.politicalGroupNumber() == list).findFirst();
    }
}
