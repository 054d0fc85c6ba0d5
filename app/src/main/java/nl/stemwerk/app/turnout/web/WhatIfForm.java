package nl.stemwerk.app.turnout.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.planning.ProposedStation;
import nl.stemwerk.turnout.planning.ProposedStop;
import nl.stemwerk.turnout.station.OpeningWindow;
import org.locationtech.jts.geom.Point;

/**
 * A station the user places to see what it would change: a name, fixed ("regulier") or mobile ("mobiel"), and up to
 * three places with opening hours on election day. A place is a point clicked on the map (or typed), or the middle of
 * a chosen buurt, so that it can be chosen without a mouse.
 *
 * @param name  working name
 * @param type  "regulier" or "mobiel"
 * @param stops the places, in the order of the day
 */
public record WhatIfForm(String name, String type, List<Stop> stops) {
    static final int MAX_STOPS = 3;
    private static final LocalTime LEGAL_OPENING = LocalTime.of(7, 30);
    private static final LocalTime LEGAL_CLOSING = LocalTime.of(21, 0);

    public WhatIfForm {
        name = name == null || name.isBlank() ? "Nieuw stembureau" : name.strip();
        type = type == null || type.isBlank() ? "regulier" : type.strip();
        stops = stops == null ? List.of() : List.copyOf(stops);
    }

    /**
     * One place.
     *
     * @param latitude      WGS84, "52,219" or "52.219"
     * @param longitude     WGS84
     * @param neighbourhood a buurt code instead of a point: the station stands in its middle
     * @param opens         "HH:MM", 07:30 when empty
     * @param closes        "HH:MM", 21:00 when empty
     */
    public record Stop(String latitude, String longitude, String neighbourhood, String opens, String closes) {
        boolean blank() {
            return empty(latitude) && empty(longitude) && empty(neighbourhood);
        }
    }

    /** From the page's form fields: naam, soort, plek1-lat, plek1-lon, plek1-buurt, plek1-open, plek1-dicht, … */
    static WhatIfForm fromParams(Map<String, String> params) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i <= MAX_STOPS; i++) {
            String prefix = "plek" + i + "-";
            stops.add(new Stop(params.get(prefix + "lat"), params.get(prefix + "lon"), params.get(prefix + "buurt"),
                    params.get(prefix + "open"), params.get(prefix + "dicht")));
        }
        return new WhatIfForm(params.get("naam"), params.get("soort"), stops);
    }

    /**
     * @param day            election day: the day the places are open
     * @param neighbourhoods the buurten with shapes, for a place chosen by buurt
     * @throws InvalidInput with a Dutch message per field that is wrong
     */
    ProposedStation toProposal(LocalDate day, List<Area> neighbourhoods) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        PollingStationType stationType = switch (type) {
            case "regulier" -> PollingStationType.FIXED;
            case "mobiel" -> PollingStationType.MOBILE;
            default -> {
                problems.add("soort", "Kies regulier of mobiel.");
                yield PollingStationType.FIXED;
            }
        };
        List<ProposedStop> proposed = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            Stop stop = stops.get(i);
            if (stop.blank()) {
                continue;
            }
            String field = "plek" + (i + 1);
            Optional<GeoPoint> place = place(stop, neighbourhoods, field, problems);
            Optional<OpeningWindow> window = window(stop, day, field, problems);
            if (place.isPresent() && window.isPresent()) {
                proposed.add(new ProposedStop(place.get(), window.get()));
            }
        }
        if (proposed.isEmpty() && stops.stream().allMatch(Stop::blank)) {
            problems.add("plek1-lat", "Klik op de kaart waar het stembureau komt, vul de coördinaten in of kies een buurt.");
        }
        problems.throwIfAny();
        try {
            return new ProposedStation(name, stationType, proposed);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("soort", e.getMessage());
        }
    }

    private static Optional<GeoPoint> place(Stop stop, List<Area> neighbourhoods, String field,
                                            InvalidInput.Collector problems) {
        if (!empty(stop.neighbourhood())) {
            Optional<Area> buurt = neighbourhoods.stream().filter(a -> a.code().equals(stop.neighbourhood().strip()))
                    .findFirst();
            if (buurt.isEmpty() || buurt.get().shape().isEmpty()) {
                problems.add(field + "-buurt", "Buurt " + stop.neighbourhood() + " heeft geen vorm op de kaart; kies een"
                        + " andere buurt of klik op de kaart.");
                return Optional.empty();
            }
            Point middle = buurt.get().shape().get().getInteriorPoint();
            return Optional.of(new GeoPoint(middle.getY(), middle.getX()));
        }
        try {
            return Optional.of(new GeoPoint(number(stop.latitude()), number(stop.longitude())));
        } catch (IllegalArgumentException e) {
            problems.add(field + "-lat", "De coördinaten van " + field.replace("plek", "plek ") + " kloppen niet ("
                    + stop.latitude() + ", " + stop.longitude() + "). Klik op de kaart of kies een buurt.");
            return Optional.empty();
        }
    }

    private static Optional<OpeningWindow> window(Stop stop, LocalDate day, String field, InvalidInput.Collector problems) {
        try {
            LocalTime opens = empty(stop.opens()) ? LEGAL_OPENING : LocalTime.parse(stop.opens().strip());
            LocalTime closes = empty(stop.closes()) ? LEGAL_CLOSING : LocalTime.parse(stop.closes().strip());
            if (!closes.isAfter(opens)) {
                problems.add(field + "-dicht", "Bij " + field.replace("plek", "plek ") + " moet de sluitingstijd ("
                        + closes + ") na de openingstijd (" + opens + ") liggen.");
                return Optional.empty();
            }
            return Optional.of(new OpeningWindow(day.atTime(opens), day.atTime(closes)));
        } catch (DateTimeParseException e) {
            problems.add(field + "-open", "Schrijf de tijden van " + field.replace("plek", "plek ")
                    + " als uu:mm, bijvoorbeeld 09:00.");
            return Optional.empty();
        }
    }

    private static double number(String text) {
        if (empty(text)) {
            throw new IllegalArgumentException("empty");
        }
        return Double.parseDouble(text.strip().replace(',', '.'));
    }

    private static boolean empty(String text) {
        return text == null || text.isBlank();
    }
}
