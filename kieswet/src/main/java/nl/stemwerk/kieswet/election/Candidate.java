package nl.stemwerk.kieswet.election;

import java.util.Objects;

/**
 * A candidate on a list ("kandidaat"), identified by the position on the list.
 *
 * @param number       position on the list, 1-based ("nummer op de lijst")
 * @param initials     initials as printed, e.g. "R.A.N."
 * @param firstName    first name, may be empty
 * @param lastNamePrefix prefix such as "van" or "de", may be empty
 * @param lastName     last name
 * @param gender       gender when published
 * @param locality     place of residence ("woonplaats"), may be empty
 */
public record Candidate(int number, String initials, String firstName, String lastNamePrefix,
                        String lastName, Gender gender, String locality) {
    public Candidate {
        if (number < 1) {
            throw new IllegalArgumentException("Kandidaatnummer moet 1 of hoger zijn, niet " + number);
        }
        Objects.requireNonNull(lastName, "lastName");
        initials = initials == null ? "" : initials;
        firstName = firstName == null ? "" : firstName;
        lastNamePrefix = lastNamePrefix == null ? "" : lastNamePrefix;
        gender = gender == null ? Gender.UNKNOWN : gender;
        locality = locality == null ? "" : locality;
    }

    /** The name as the Kiesraad prints it: "Dreumel, C.G.H.M. van (Cees)". */
    public String displayName() {
        StringBuilder name = new StringBuilder(lastName).append(", ").append(initials);
        if (!lastNamePrefix.isEmpty()) {
            name.append(' ').append(lastNamePrefix);
        }
        if (!firstName.isEmpty()) {
            name.append(" (").append(firstName).append(')');
        }
        return name.toString();
    }
}
