package nl.stemwerk.app.apportionment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.candidates.CandidateListsReader;
import nl.stemwerk.eml.check.EmlConsistency;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountContest;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.count.ListVotes;
import nl.stemwerk.eml.count.VoteCount;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;

/**
 * The input of {@code stemwerk seats --count 510.xml --candidates 230.xml --seats N}: the votes per list and
 * candidate from the count's totals, the names from the candidate lists. Both files are validated and checked to
 * belong together; the number of seats is not in either file (it is in the 110a), so the user gives it.
 */
final class SeatsFromEml {
    private SeatsFromEml() {
    }

    static SeatsInput read(Path countFile, Path candidatesFile, int seats, List<Integer> lots) {
        CandidateLists lists = open(candidatesFile, "--candidates",
                in -> new CandidateListsReader().read(in, candidatesFile.toString()));
        Count count = open(countFile, "--count", in -> new CountReader().read(in, countFile.toString()));
        try {
            EmlConsistency.requireSameElection(lists.election(), EmlMessageType.CANDIDATE_LISTS,
                    count.header().election(), count.header().type(), countFile.toString());
            if (count.contests().size() != 1) {
                throw new SeatsInputException("MORE_THAN_ONE_CONTEST", "--count", "De telling " + countFile
                        + " heeft " + count.contests().size() + " kieskringen. Geef de telling van één kieskring"
                        + " of gemeente.");
            }
            CountContest contest = count.contests().getFirst();
            CandidateContest candidates = EmlConsistency.requireContest(lists, contest.contest(), countFile.toString());
            VoteCount totals = contest.totals().orElseThrow(() -> new SeatsInputException("MISSING_VALUE",
                    "--count", "De telling " + countFile + " heeft geen totalen (<TotalVotes>)."));
            EmlConsistency.requireKnownSelections(candidates, totals, "In de totalen", countFile.toString());
            List<SeatsInput.NamedList> named = new ArrayList<>();
            for (PoliticalGroup group : candidates.politicalGroups()) {
                named.add(list(group, totals));
            }
            return new SeatsInput(seats, named, Set.of(), lots == null ? List.of() : lots, true);
        } catch (EmlException e) {
            throw new SeatsInputException(e.code().name(), "--count", e.getMessage());
        }
    }

    private static SeatsInput.NamedList list(PoliticalGroup group, VoteCount totals) {
        ListVotes votes = totals.lists().stream().filter(l -> l.listNumber() == group.number()).findFirst()
                .orElse(new ListVotes(group.number(), group.name(), 0, List.of()));
        List<SeatsInput.NamedCandidate> candidates = new ArrayList<>();
        for (Candidate candidate : group.candidates()) {
            long candidateVotes = votes.candidates().stream().filter(c -> c.candidateNumber() == candidate.number())
                    .mapToLong(c -> c.votes()).sum();
            candidates.add(new SeatsInput.NamedCandidate(candidate.number(), candidate.displayName(), candidateVotes));
        }
        return new SeatsInput.NamedList(group.number(), group.name(), OptionalLong.of(votes.total()), candidates);
    }

    private interface Reading<T> {
        T read(InputStream in);
    }

    private static <T> T open(Path file, String option, Reading<T> reading) {
        try (InputStream in = Files.newInputStream(file)) {
            return reading.read(in);
        } catch (NoSuchFileException e) {
            throw new SeatsInputException("FILE_NOT_FOUND", option, "Het bestand " + file + " bestaat niet.");
        } catch (IOException e) {
            throw new SeatsInputException("FILE_NOT_READABLE", option, "Het bestand " + file
                    + " kan niet worden gelezen: " + e.getMessage());
        } catch (EmlException e) {
            throw new SeatsInputException(e.code().name(), option, e.getMessage());
        }
    }
}
