package nl.stemwerk.eml.result;

import java.util.List;
import java.util.Objects;

import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.kieswet.election.PoliticalGroup;

/**
 * What the 520 writer needs: the election, its lists with their candidates (for names and places of residence),
 * and the outcome per list.
 *
 * @param header          header; the Kiesraad's software writes authority "CSB" here
 * @param election        which election
 * @param contest         the contest, "geen" for a municipal election
 * @param politicalGroups the lists with their candidates, in list order
 * @param outcomes        the outcome per list; lists without seats may be left out
 */
public record ResultInput(EmlHeader header, ElectionIdentity election, ContestIdentity contest,
                          List<PoliticalGroup> politicalGroups, List<ListOutcome> outcomes) {
    public ResultInput {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(contest, "contest");
        politicalGroups = List.copyOf(politicalGroups);
        outcomes = List.copyOf(outcomes);
        for (ListOutcome outcome : outcomes) {
            PoliticalGroup group = politicalGroups.stream()
                    .filter(candidate -> candidate.number() == outcome.listNumber())
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Outcome for unknown list " + outcome.listNumber()));
            for (int number : outcome.ranking()) {
                if (group.candidates().stream().noneMatch(candidate -> candidate.number() == number)) {
                    throw new IllegalArgumentException("Candidate " + number + " is not on list " + group.number());
                }
            }
        }
        if (outcomes.stream().map(ListOutcome::listNumber).distinct().count() != outcomes.size()) {
            throw new IllegalArgumentException("Each list has at most one outcome");
        }
    }
}
