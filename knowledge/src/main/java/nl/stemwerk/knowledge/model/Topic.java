package nl.stemwerk.knowledge.model;

import java.util.Arrays;
import java.util.Optional;

/** The fixed topic tiles of the kennisbank; {@link #label()} is the exact string used in content files. */
public enum Topic {
    NOMINATION("Kandidaatstelling"),
    POLLING_STATIONS("Stembureaus en toegankelijkheid"),
    VOTING_AND_PROXIES("Stemmen en volmachten"),
    COUNT("Telling"),
    GSB_SESSION("Zitting GSB"),
    CSB_SESSION("Zitting CSB"),
    INVESTIGATION_AND_CORRECTION("Onderzoek en correctie"),
    RESULT_SOFTWARE("Uitslagsoftware en Wpv"),
    PUBLICATION_AND_DEADLINES("Publicatie en termijnen"),
    ORGANISATION_AND_PLANNING("Organisatie en planning");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    /** The tile as officials see it, e.g. "Zitting GSB". */
    public String label() {
        return label;
    }

    public static Optional<Topic> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
