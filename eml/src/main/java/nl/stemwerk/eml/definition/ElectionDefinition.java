package nl.stemwerk.eml.definition;

import java.util.List;
import java.util.Objects;

import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.ElectionCategory;
import nl.stemwerk.kieswet.election.ElectionDomain;

/**
 * An EML_NL 110a: the election definition ("verkiezingsdefinitie") the Kiesraad's software hands out.
 *
 * @param header              header of the file
 * @param election            which election
 * @param contest             its contest; "geen" for a municipal election
 * @param numberOfSeats       {@code kr:NumberOfSeats}, 1 to 150
 * @param preferenceThreshold {@code kr:PreferenceThreshold}: the percentage of the quota a candidate needs to be
 *                            elected on own votes (25 or 50)
 * @param electionTree        {@code kr:ElectionTree}: the regions and their committees
 * @param registeredParties   {@code kr:RegisteredParties}: the registered appellations, in file order
 */
public record ElectionDefinition(EmlHeader header, ElectionIdentity election, ContestIdentity contest,
                                 int numberOfSeats, int preferenceThreshold, List<Region> electionTree,
                                 List<String> registeredParties) {
    public static final int MAX_SEATS = 150;

    public ElectionDefinition {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(contest, "contest");
        if (numberOfSeats < 1 || numberOfSeats > MAX_SEATS) {
            throw new IllegalArgumentException("numberOfSeats must be 1 to 150, not " + numberOfSeats);
        }
        if (preferenceThreshold < 0 || preferenceThreshold > 100) {
            throw new IllegalArgumentException("preferenceThreshold is a percentage, not " + preferenceThreshold);
        }
        electionTree = List.copyOf(electionTree);
        registeredParties = List.copyOf(registeredParties);
    }

    /**
     * The election in the kieswet model, with the lists of one contest of the 230b. Check first that the 230b
     * belongs to this definition ({@code nl.stemwerk.eml.check.EmlConsistency}).
     *
     * @param fileName the name of this 110a, for the message when it cannot be used
     * @throws EmlException when the election has no area or a category the kieswet model does not know
     */
    public Election toElection(CandidateContest candidates, String fileName) {
        ElectionCategory category = election.category().orElseThrow(() -> EmlException.of(
                EmlErrorCode.UNSUPPORTED_ELECTION_CATEGORY, fileName, "Stemwerk kan verkiezingen van de soort \""
                        + election.categoryCode() + "\" niet uitvoeren."));
        ElectionDomain domain = election.domain().orElseThrow(() -> EmlException.of(
                EmlErrorCode.MISSING_ELECTION_DOMAIN, fileName, "De verkiezingsdefinitie noemt geen gemeente of"
                        + " ander gebied (<kr:ElectionDomain>). Stemwerk heeft dat nodig om de verkiezing in te richten."));
        return new Election(election.id(), election.name(), category, election.subcategory(), domain,
                election.electionDate(), election.nominationDate().orElse(null), numberOfSeats,
                candidates.politicalGroups());
    }
}
