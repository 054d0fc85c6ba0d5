package nl.stemwerk.app.turnout.figures;

import java.util.Arrays;
import java.util.Optional;
import nl.stemwerk.turnout.geo.AreaLevel;

/** The area levels a user can choose, with the word used in URLs ("pc4", "wijk", "buurt"). */
public enum AreaLevelChoice {
    PC4("pc4", AreaLevel.POSTCODE4, "postcodegebied (PC4)"),
    WIJK("wijk", AreaLevel.DISTRICT, "CBS-wijk"),
    BUURT("buurt", AreaLevel.NEIGHBOURHOOD, "CBS-buurt");

    private final String slug;
    private final AreaLevel level;
    private final String dutchName;

    AreaLevelChoice(String slug, AreaLevel level, String dutchName) {
        this.slug = slug;
        this.level = level;
        this.dutchName = dutchName;
    }

    public String slug() {
        return slug;
    }

    public AreaLevel level() {
        return level;
    }

    public String dutchName() {
        return dutchName;
    }

    public static Optional<AreaLevelChoice> ofSlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equalsIgnoreCase(slug)).findFirst();
    }
}
