package nl.stemwerk.app.turnout.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import nl.stemwerk.turnout.cbs.EligibleVotersEstimate;

/**
 * An osv4-3 count CSV for one municipality, as the Kiesraad's software exports it: max(1, eligible / 1,441)
 * stations (1,441 voters per station is the national GR2022 ratio: 12.45 M voters, 8,637 stations), consistent
 * counts with 40–70 % turnout and 10 % proxies, a random postcode per station, and 15 lists of 10 candidates. Seeded
 * by the caller, so every run measures the same files.
 */
final class GeneratedCounts {
    private static final double VOTERS_PER_STATION = 1_441;
    private static final String[] LABELS = {"opgeroepenen", "geldige stempas", "geldig volmachtbewijs",
        "geldige kiezerspas", "toegelaten kiezers", "geldige stembiljetten", "blanco stembiljetten",
        "ongeldige stembiljetten"};

    private GeneratedCounts() {
    }

    static int stationsFor(long voters) {
        return (int) Math.max(1, Math.round(voters / VOTERS_PER_STATION));
    }

    static byte[] osv43(EligibleVotersEstimate municipality, Random random) {
        long voters = municipality.eligibleVoters();
        int stations = stationsFor(voters);
        long[][] rows = new long[LABELS.length][stations];
        for (int s = 0; s < stations; s++) {
            long called = voters / stations + (s < voters % stations ? 1 : 0);
            long admitted = (long) (called * (0.4 + 0.3 * random.nextDouble()));
            long proxies = admitted / 10;
            long blank = random.nextInt(5);
            long invalid = random.nextInt(5);
            long[] column = {called, admitted - proxies, proxies, 0, admitted, admitted - blank - invalid, blank, invalid};
            for (int r = 0; r < LABELS.length; r++) {
                rows[r][s] = column[r];
            }
        }
        StringBuilder csv = new StringBuilder();
        csv.append("Verkiezing;;Gemeenteraad ").append(municipality.municipalityName()).append(" 2022\n")
                .append("Datum;;2022-03-16\nGebied;;Gemeente ").append(municipality.municipalityName()).append('\n')
                .append("Nummer;;").append(municipality.municipalityCode().substring(2)).append("\n;;;;\n")
                .append("Lijstnummer;Aanduiding;Volgnummer;Naam kandidaat;Totaal");
        header(csv, stations, s -> "Stembureau " + (s + 1));
        csv.append("\nGebiednummer;;;;");
        header(csv, stations, s -> String.valueOf(s + 1));
        csv.append("\nPostcode;;;;");
        header(csv, stations, s -> (1000 + random.nextInt(9000)) + " AB");
        csv.append('\n');
        for (int r = 0; r < LABELS.length; r++) {
            row(csv, ";" + LABELS[r] + ";;", rows[r]);
        }
        long[] noVotes = new long[stations];
        for (int list = 1; list <= 15; list++) {
            row(csv, list + ";Partij " + list + ";;", noVotes);
            for (int candidate = 1; candidate <= 10; candidate++) {
                row(csv, ";;" + candidate + ";Kandidaat " + candidate, noVotes);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder csv, int stations, java.util.function.IntFunction<String> cell) {
        for (int s = 0; s < stations; s++) {
            csv.append(';').append(cell.apply(s));
        }
    }

    private static void row(StringBuilder csv, String label, long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        csv.append(label).append(';').append(total);
        for (long value : values) {
            csv.append(';').append(value);
        }
        csv.append('\n');
    }
}
