package nl.stemwerk.app.turnout.web;

import java.util.Optional;
import nl.stemwerk.app.turnout.figures.AreaLevelChoice;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.store.StoredCount;
import nl.stemwerk.turnout.geo.AreaLevel;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The level and election a user picked on an area page, with defaults: wijk when wijken were imported, else PC4;
 * the latest election.
 *
 * @param level the level
 * @param count the election, when there is one
 */
public record AreaSelection(AreaLevelChoice level, Optional<StoredCount> count) {

    static AreaSelection of(TurnoutData data, String level, Long countId) {
        AreaLevelChoice choice = level == null || level.isBlank()
                ? data.areasAt(AreaLevel.DISTRICT).isEmpty() ? AreaLevelChoice.PC4 : AreaLevelChoice.WIJK
                : AreaLevelChoice.ofSlug(level).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "Kies pc4, wijk of buurt, niet '" + level + "'."));
        Optional<StoredCount> count = countId == null ? data.latestCount() : Optional.of(data.count(countId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return new AreaSelection(choice, count);
    }

    /** The query string that selects the same again: "niveau=wijk&telling=12". */
    public String query() {
        return "niveau=" + level.slug() + count.map(c -> "&telling=" + c.importId()).orElse("");
    }
}
