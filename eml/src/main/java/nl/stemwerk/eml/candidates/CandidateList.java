package nl.stemwerk.eml.candidates;

import java.util.Objects;

import nl.stemwerk.kieswet.election.PoliticalGroup;

/**
 * One list of a 230b ({@code Affiliation}): the list with its candidates, and the two facts the Kiesraad's file
 * adds that the kieswet model has no place for.
 *
 * @param group         list number, appellation and candidates in list order
 * @param type          {@code Type}, e.g. "op zichzelf staande lijst" or "lijstengroep"
 * @param publishGender {@code kr:ListData/@PublishGender}: whether the candidates' gender may be shown
 */
public record CandidateList(PoliticalGroup group, String type, boolean publishGender) {
    /** The type of a list that is not part of a group of lists. */
    public static final String STANDALONE = "op zichzelf staande lijst";

    public CandidateList {
        Objects.requireNonNull(group, "group");
        type = type == null || type.isBlank() ? STANDALONE : type;
    }

    public static CandidateList standalone(PoliticalGroup group) {
        return new CandidateList(group, STANDALONE, true);
    }
}
