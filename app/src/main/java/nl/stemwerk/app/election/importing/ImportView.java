package nl.stemwerk.app.election.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the wizard shows (and the API returns) after each step: the election so far, the files with what they hold,
 * the cross-file checks that passed and, in a hash step, the hash code with its two blanks.
 *
 * @param id                  the import's id
 * @param step                where the wizard is
 * @param stepName            the step in Dutch
 * @param election            the election, once the 110a is read
 * @param lists               the lists, once the 230b is read
 * @param candidates          all candidates on those lists
 * @param stations            the polling stations, once the 110b is read
 * @param files               the files read so far
 * @param checks              the checks that passed, in Dutch
 * @param hashToCheck         in a hash step: the code to complete
 * @param newHomeMunicipality when Stemwerk has no municipality yet: the one this import will set up
 */
public record ImportView(UUID id, ImportStep step, String stepName, Optional<ElectionFacts> election,
                         List<ListLine> lists, int candidates, List<StationLine> stations, List<FileLine> files,
                         List<String> checks, Optional<HashToCheck> hashToCheck,
                         Optional<String> newHomeMunicipality) {

    /** The election as the 110a defines it. */
    public record ElectionFacts(String identifier, String name, LocalDate electionDate, String municipality,
                                int seats, int preferenceThreshold) {
    }

    public record ListLine(int number, String name, int candidates) {
    }

    public record StationLine(int number, String name, String postcode, Long voters) {
    }

    /**
     * A file read in this import.
     *
     * @param messageType the EML message, e.g. "230b"
     * @param fileName    its name
     * @param hash        its hash code in 16 groups; with two groups blank ("____") while it is not yet checked
     * @param hashChecked whether the user checked the code against the paper list
     * @param contents    what the file holds, in Dutch
     */
    public record FileLine(String messageType, String fileName, String hash, boolean hashChecked,
                           List<String> contents) {
    }

    /**
     * The hash code to complete from the paper list.
     *
     * @param fileName    the file it belongs to
     * @param groups      the 16 groups, with "" at the two blanks
     * @param firstBlank  the first blank, counted from 1
     * @param secondBlank the second blank, counted from 1
     */
    public record HashToCheck(String fileName, List<String> groups, int firstBlank, int secondBlank) {
        /** The code as on screen: the two blanks shown as "____". */
        public String display() {
            return String.join(" ", groups.stream().map(g -> g.isEmpty() ? "____" : g).toList());
        }
    }
}
