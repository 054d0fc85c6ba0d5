package nl.stemwerk.turnout.benchmark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.RealAreas;
import nl.stemwerk.turnout.SharedData;
import nl.stemwerk.turnout.cbs.CbsEligibleVotersReader;
import nl.stemwerk.turnout.cbs.EligibleVotersEstimate;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaSet;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.station.Accessibility;
import nl.stemwerk.turnout.station.Address;
import nl.stemwerk.turnout.station.OpeningWindow;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationListing;
import nl.stemwerk.turnout.station.StationStop;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A generated national-size set: every municipality of the GR2022 map (344) gets max(1, eligible / 1,441)
 * election-day stations at random points inside its real boundary (1,441 voters per station is the national
 * ratio: 12.45 M voters, 8,637 stations at GR2022), eligible voters from the CBS GR2022 table (20,000 where the
 * table has none), an OSV4-3 CSV with consistent counts and 15 lists of 10 candidates, and a station list with
 * coordinates. Seeded, so every run measures the same data. About 9,500 stations in total.
 */
final class NationalSet {
    static final LocalDate DAY = LocalDate.of(2022, 3, 16);
    private static final double VOTERS_PER_STATION = 1_441;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    final List<Municipality> municipalities = new ArrayList<>();

    record Municipality(Area area, byte[] countCsv, StationList stations) {
        ByteArrayInputStream csv() {
            return new ByteArrayInputStream(countCsv);
        }
    }

    NationalSet() throws Exception {
        AreaSet map = RealAreas.geoJson(RealAreas.GEMEENTEN_GEOJSON);
        Map<String, Long> eligible = new HashMap<>();
        try (var in = SharedData.open("turnout/cbs/Maatwerk_kiesgerechtigd_per_gemeente_def.xlsx")) {
            for (EligibleVotersEstimate e : CbsEligibleVotersReader.read("maatwerk.xlsx", in)) {
                eligible.put(e.municipalityCode(), e.eligibleVoters());
            }
        }
        Random random = new Random(2022);
        for (Area area : map.areas()) {
            if (area.shape().isEmpty()) {
                continue;
            }
            long voters = eligible.getOrDefault(area.code(), 20_000L);
            int stations = (int) Math.max(1, Math.round(voters / VOTERS_PER_STATION));
            List<GeoPoint> points = new ArrayList<>();
            for (int i = 0; i < stations; i++) {
                points.add(randomPointIn(area.shape().get(), random));
            }
            municipalities.add(new Municipality(area, csv(area, voters, points.size(), random),
                    stationList(area.code(), points)));
        }
    }

    int stationCount() {
        return municipalities.stream().mapToInt(m -> m.stations().stations().size()).sum();
    }

    private static GeoPoint randomPointIn(Geometry shape, Random random) {
        Envelope box = shape.getEnvelopeInternal();
        while (true) {
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            if (shape.covers(FACTORY.createPoint(new Coordinate(lon, lat)))) {
                return new GeoPoint(lat, lon);
            }
        }
    }

    private static StationList stationList(String code, List<GeoPoint> points) {
        List<StationListing> stations = new ArrayList<>();
        OpeningWindow day = new OpeningWindow(LocalDateTime.of(2022, 3, 16, 7, 30), LocalDateTime.of(2022, 3, 16, 21, 0));
        for (int i = 0; i < points.size(); i++) {
            stations.add(new StationListing(Optional.of(code), i + 1, "Stembureau " + (i + 1), PollingStationType.FIXED,
                    List.of(new StationStop(Address.none(), Optional.of(points.get(i)), day, Accessibility.unknown(),
                            Optional.empty(), Optional.empty(), i + 2))));
        }
        return new StationList(stations, List.of());
    }

    private static byte[] csv(Area area, long voters, int stations, Random random) {
        long[] called = new long[stations];
        long[][] rows = new long[8][stations];
        for (int s = 0; s < stations; s++) {
            called[s] = voters / stations + (s < voters % stations ? 1 : 0);
            long admitted = (long) (called[s] * (0.4 + 0.3 * random.nextDouble()));
            long proxies = admitted / 10;
            long blank = random.nextInt(5);
            long invalid = random.nextInt(5);
            rows[0][s] = called[s];
            rows[1][s] = admitted - proxies;
            rows[2][s] = proxies;
            rows[3][s] = 0;
            rows[4][s] = admitted;
            rows[5][s] = admitted - blank - invalid;
            rows[6][s] = blank;
            rows[7][s] = invalid;
        }
        String[] labels = {"opgeroepenen", "geldige stempas", "geldig volmachtbewijs", "geldige kiezerspas",
            "toegelaten kiezers", "geldige stembiljetten", "blanco stembiljetten", "ongeldige stembiljetten"};
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("Verkiezing;;Gemeenteraad ").append(area.name()).append(" 2022\n");
        csv.append("Datum;;2022-03-16\nGebied;;Gemeente ").append(area.name()).append('\n');
        csv.append("Nummer;;").append(area.code().substring(2)).append("\n;;;;\n");
        csv.append("Lijstnummer;Aanduiding;Volgnummer;Naam kandidaat;Totaal");
        for (int s = 0; s < stations; s++) {
            csv.append(";Stembureau ").append(s + 1);
        }
        csv.append("\nGebiednummer;;;;");
        for (int s = 0; s < stations; s++) {
            csv.append(';').append(s + 1);
        }
        csv.append("\nPostcode;;;;");
        for (int s = 0; s < stations; s++) {
            csv.append(';').append(1000 + random.nextInt(9000)).append(" AB");
        }
        csv.append('\n');
        for (int r = 0; r < labels.length; r++) {
            row(csv, ";" + labels[r] + ";;", rows[r]);
        }
        long[] list = new long[stations];
        for (int l = 1; l <= 15; l++) {
            row(csv, l + ";Partij " + l + ";;", list);
            for (int c = 1; c <= 10; c++) {
                row(csv, ";;" + c + ";Kandidaat " + c, list);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, String label, long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        csv.append(label).append(';').append(total);
        for (long v : values) {
            csv.append(';').append(v);
        }
        csv.append('\n');
    }
}
