package nl.stemwerk.app.platform.web;

/** The four parts of Stemwerk in the main navigation, plus the beheer pages. */
public enum Section {
    VERKIEZINGEN("/verkiezingen"),
    OPKOMST("/opkomst"),
    PARTICIPATIE("/participatie"),
    KENNISBANK("/kennisbank"),
    /** Not in the main navigation's section list: the beheerder's pages, reached through "Beheer". */
    BEHEER("/beheer");

    private final String path;

    Section(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static java.util.List<Section> main() {
        return java.util.List.of(VERKIEZINGEN, OPKOMST, PARTICIPATIE, KENNISBANK);
    }

    /** Message key prefix, e.g. "section.verkiezingen". */
    public String key() {
        return "section." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
