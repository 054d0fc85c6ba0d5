package nl.stemwerk.turnout.station;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.geo.AreaCodes;
import nl.stemwerk.turnout.geo.GeoPoint;

/**
 * A polling station as published under the Stembureaus Open Data Standaard: its number (the same as in the
 * count), name, type and its stops.
 *
 * @param municipalityCode "CBS gemeentecode" when given
 * @param number           "Nummer stembureau"
 * @param name             "Naam stembureau"
 * @param type             regulier, bijzonder or mobiel
 * @param stops            one per row of the standard, in file order
 */
public record StationListing(Optional<String> municipalityCode, int number, String name, PollingStationType type,
                             List<StationStop> stops) {
    public StationListing {
        municipalityCode = municipalityCode.map(AreaCodes::municipality);
        if (number < 1) {
            throw new IllegalArgumentException("Stembureaunummer moet 1 of hoger zijn, niet " + number);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        stops = List.copyOf(stops);
        if (stops.isEmpty()) {
            throw new IllegalArgumentException("Een stembureau heeft minstens één openingstijd");
        }
    }

    /** The type as the standard writes it: "regulier", "bijzonder" or "mobiel". */
    public String typeName() {
        return switch (type) {
            case FIXED -> "regulier";
            case SPECIAL -> "bijzonder";
            case MOBILE -> "mobiel";
        };
    }

    /** Hours open on {@code day}, over all stops. */
    public Duration openOn(LocalDate day) {
        return stops.stream().filter(s -> s.window().isOn(day)).map(s -> s.window().duration())
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** The distinct places with coordinates, in stop order. */
    public List<GeoPoint> locations() {
        return stops.stream().flatMap(s -> s.location().stream()).distinct().toList();
    }

    /** The first stop's address; for a mobile station, where it starts. */
    public Address address() {
        return stops.getFirst().address();
    }

    public StationListing withoutLocations() {
        return new StationListing(municipalityCode, number, name, type,
                stops.stream().map(StationStop::withoutLocation).toList());
    }
}
