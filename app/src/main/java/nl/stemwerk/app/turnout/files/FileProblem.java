package nl.stemwerk.app.turnout.files;

import java.util.Objects;

/**
 * One reason a file cannot be imported.
 *
 * @param code    stable machine code (the library's input-problem code, an EML error code prefixed "EML_", or one of
 *                the app's own)
 * @param where   Dutch description of the place: "bestand x.csv, rij 9, kolom 'Totaal'"
 * @param message plain Dutch (B1): what is wrong and what to do
 */
public record FileProblem(String code, String where, String message) {
    public FileProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    /** "bestand x.csv, rij 9, kolom 'Totaal': De stembureaus tellen op tot …". */
    public String describe() {
        return where + ": " + message;
    }
}
