package nl.stemwerk.eml.check;

import java.util.Objects;

import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.count.CountHeader;
import nl.stemwerk.eml.count.VoteCount;
import nl.stemwerk.eml.definition.ElectionDefinition;
import nl.stemwerk.eml.stations.PollingStationList;

/**
 * Checks that files belong together: a 110b, 230b or 510 for the same election and municipality as the 110a,
 * and a 510 whose lists and candidates are on the 230b. Each check throws for the file being added (the second
 * argument's file), with a Dutch message that names both.
 */
public final class EmlConsistency {
    private EmlConsistency() {
    }

    /** The candidate lists must be for the election of the definition. */
    public static void check(ElectionDefinition definition, CandidateLists lists, String listsFile) {
        requireSameElection(definition.election(), EmlMessageType.ELECTION_DEFINITION, lists.election(),
                EmlMessageType.CANDIDATE_LISTS, listsFile);
    }

    /** The polling stations must be for the election and the municipality of the definition. */
    public static void check(ElectionDefinition definition, PollingStationList stations, String stationsFile) {
        requireSameElection(definition.election(), EmlMessageType.ELECTION_DEFINITION, stations.election(),
                EmlMessageType.POLLING_STATIONS, stationsFile);
        requireSameMunicipality(definition.election(), stations.municipality(), EmlMessageType.POLLING_STATIONS,
                stationsFile);
    }

    /** The count must be for the election (and, for a 510b, the municipality) of the definition. */
    public static void check(ElectionDefinition definition, CountHeader count, String countFile) {
        requireSameElection(definition.election(), EmlMessageType.ELECTION_DEFINITION, count.election(),
                count.type(), countFile);
        if (count.type() == EmlMessageType.MUNICIPAL_COUNT && count.header().authority().isPresent()) {
            requireSameMunicipality(definition.election(), count.header().authority().get(), count.type(),
                    countFile);
        }
    }

    /**
     * The election of a file must be the reference election: same id, same election day, and the same area
     * when both name one.
     */
    public static void requireSameElection(ElectionIdentity reference, EmlMessageType referenceType,
                                           ElectionIdentity other, EmlMessageType otherType, String otherFile) {
        boolean sameDomain = reference.domain().isEmpty() || other.domain().isEmpty()
                || reference.domainCode().equals(other.domainCode());
        if (!sameDomain) {
            throw EmlException.of(EmlErrorCode.OTHER_MUNICIPALITY, otherFile, "Dit bestand met "
                    + otherType.dutchDescription() + " is voor " + describeDomain(other) + ", maar het bestand met "
                    + referenceType.dutchDescription() + " is voor " + describeDomain(reference)
                    + ". Kies het bestand van de juiste gemeente.");
        }
        if (!reference.id().equals(other.id()) || !reference.electionDate().equals(other.electionDate())) {
            throw EmlException.of(EmlErrorCode.OTHER_ELECTION, otherFile, "Dit bestand met "
                    + otherType.dutchDescription() + " hoort bij de verkiezing " + other.id() + " van "
                    + other.electionDate() + ", maar het bestand met " + referenceType.dutchDescription()
                    + " is voor " + reference.id() + " van " + reference.electionDate()
                    + ". Kies het bestand van de juiste verkiezing.");
        }
    }

    private static void requireSameMunicipality(ElectionIdentity reference, Authority authority,
                                                EmlMessageType otherType, String otherFile) {
        if (reference.domain().isPresent() && !reference.domainCode().equals(authority.id())) {
            throw EmlException.of(EmlErrorCode.OTHER_MUNICIPALITY, otherFile, "Dit bestand met "
                    + otherType.dutchDescription() + " komt van " + authority.name() + " (" + authority.id()
                    + "), maar de verkiezing is voor " + describeDomain(reference)
                    + ". Kies het bestand van de juiste gemeente.");
        }
    }

    private static String describeDomain(ElectionIdentity election) {
        return election.domain().map(domain -> domain.name() + " (" + domain.code() + ")").orElse("heel Nederland");
    }

    /** The count must be for the same contest (electoral district) as the candidate lists. */
    public static CandidateContest requireContest(CandidateLists lists, ContestIdentity contest, String countFile) {
        Objects.requireNonNull(contest, "contest");
        return lists.contest(contest.id()).orElseThrow(() -> EmlException.of(EmlErrorCode.OTHER_CONTEST, countFile,
                "Deze telling is voor kieskring " + contest.id() + (contest.name().isEmpty() ? "" : " ("
                        + contest.name() + ")") + ", maar de kandidatenlijsten hebben die kieskring niet. Kies de"
                        + " kandidatenlijsten van de juiste kieskring."));
    }

    /** Every list and candidate with votes in the count must be on the candidate lists. */
    public static void requireKnownSelections(CandidateContest lists, VoteCount count, String where,
                                              String countFile) {
        new KnownSelections(lists).require(count, where, countFile);
    }
}
