package nl.stemwerk.eml.internal;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.Gender;

/** Reads and writes the {@code Candidate} element of the 230b and the 520. */
public final class CandidateElements {
    private CandidateElements() {
    }

    /** Reads a {@code Candidate}; its number is the {@code Id} of its {@code CandidateIdentifier}. */
    public static Candidate read(XmlCursor cursor) {
        int number = 0;
        PersonName name = null;
        Gender gender = Gender.UNKNOWN;
        String locality = "";
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "CandidateIdentifier" -> {
                    number = cursor.positiveNumber(cursor.requiredAttribute("Id"), "kandidaatnummer");
                    cursor.skip();
                }
                case "CandidateFullName" -> name = readFullName(cursor);
                case "Gender", "GenderAnnex" -> gender = gender(cursor.text().strip());
                case "QualifyingAddress" -> locality = firstLocality(cursor);
                default -> cursor.skip();
            }
        }
        if (number == 0) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, "Bij een kandidaat ontbreekt <CandidateIdentifier>"
                    + " met het nummer op de lijst.");
        }
        if (name == null) {
            name = new PersonName("", "", "", "");
        }
        if (name.lastName().isBlank() && !name.isEmpty()) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, "Bij kandidaat " + number + " ontbreekt de achternaam.");
        }
        return new Candidate(number, name.initials(), name.firstName(), name.prefix(), name.lastName(), gender,
                locality);
    }

    /**
     * Writes a {@code Candidate} under the given identifier (the number on the list in a 230b, the rank in a 520).
     * The address is written when there is a locality, or always when {@code addressRequired}.
     */
    public static void write(EmlXmlWriter out, Candidate candidate, int id, boolean addressRequired) {
        out.start(Namespaces.EML, "Candidate");
        out.empty(Namespaces.EML, "CandidateIdentifier");
        out.attribute("Id", Integer.toString(id));
        out.start(Namespaces.EML, "CandidateFullName");
        out.start(Namespaces.XNL, "PersonName");
        if (!candidate.initials().isEmpty()) {
            out.start(Namespaces.XNL, "NameLine");
            out.attribute("NameType", "Initials");
            out.text(candidate.initials());
            out.end();
        }
        if (!candidate.firstName().isEmpty()) {
            out.element(Namespaces.XNL, "FirstName", candidate.firstName());
        }
        if (!candidate.lastNamePrefix().isEmpty()) {
            out.element(Namespaces.XNL, "NamePrefix", candidate.lastNamePrefix());
        }
        out.element(Namespaces.XNL, "LastName", candidate.lastName());
        out.end();
        out.end();
        switch (candidate.gender()) {
            case MALE -> out.element(Namespaces.EML, "Gender", "male");
            case FEMALE -> out.element(Namespaces.EML, "Gender", "female");
            case X -> out.element(Namespaces.KR, "GenderAnnex", "other");
            case UNKNOWN -> {
                // not published
            }
        }
        if (addressRequired || !candidate.locality().isEmpty()) {
            out.start(Namespaces.EML, "QualifyingAddress");
            out.start(Namespaces.XAL, "Locality");
            out.element(Namespaces.XAL, "LocalityName", candidate.locality());
            out.end();
            out.end();
        }
        out.end();
    }

    private static PersonName readFullName(XmlCursor cursor) {
        PersonName name = new PersonName("", "", "", "");
        while (cursor.nextChild()) {
            if ("PersonName".equals(cursor.localName())) {
                name = readPersonName(cursor);
            } else {
                cursor.skip();
            }
        }
        return name;
    }

    private static PersonName readPersonName(XmlCursor cursor) {
        String initials = "";
        String first = "";
        String prefix = "";
        String last = "";
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "NameLine" -> {
                    boolean isInitials = "Initials".equals(cursor.attribute("NameType"));
                    String text = cursor.text();
                    if (isInitials) {
                        initials = text;
                    }
                }
                case "FirstName" -> first = cursor.text();
                case "NamePrefix" -> prefix = cursor.text();
                case "LastName" -> last = cursor.text();
                default -> cursor.skip();
            }
        }
        return new PersonName(initials, first, prefix, last);
    }

    // "other" exists only in kr:GenderAnnex, "unknown" only in Gender; both elements share male and female.
    private static Gender gender(String code) {
        return switch (code) {
            case "male" -> Gender.MALE;
            case "female" -> Gender.FEMALE;
            case "other" -> Gender.X;
            default -> Gender.UNKNOWN;
        };
    }

    private static String firstLocality(XmlCursor cursor) {
        String found = "";
        while (cursor.nextChild()) {
            if ("LocalityName".equals(cursor.localName())) {
                String text = cursor.text();
                found = found.isEmpty() ? text : found;
            } else {
                String inner = firstLocality(cursor);
                found = found.isEmpty() ? inner : found;
            }
        }
        return found;
    }

    private record PersonName(String initials, String firstName, String prefix, String lastName) {
        boolean isEmpty() {
            return initials.isEmpty() && firstName.isEmpty() && prefix.isEmpty() && lastName.isEmpty();
        }
    }
}
