package nl.stemwerk.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a real "osv4-3" count CSV (the Kiesraad's format: {@code ;}-separated, a "Totaal" column and one column per
 * polling station) for tests: the lists with candidate names, and any column's figures by row label.
 */
public final class Osv43Count {
    private static final int TOTAL_COLUMN = 4;

    private final List<String[]> rows;

    private Osv43Count(List<String[]> rows) {
        this.rows = rows;
    }

    public static Osv43Count westMaasEnWaal2022() {
        return read(SharedData.file(SharedData.WEST_MAAS_EN_WAAL_2022_CSV));
    }

    public static Osv43Count read(Path file) {
        try {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV Stemwerk wrote, as stored with a session's documents. */
    public static Osv43Count read(byte[] csv) {
        return of(new String(csv, StandardCharsets.UTF_8).lines().toList());
    }

    private static Osv43Count of(List<String> lines) {
        return new Osv43Count(lines.stream()
                .map(line -> line.replace("\uFEFF", "").replace("\"", "").split(";", -1)).toList());
    }

    /** A list with, in list order, its candidates' names and votes in one column. */
    public record CountedList(int number, String name, long total, List<String> candidateNames,
                              List<Long> candidateVotes) {
    }

    /** The lists as counted in the whole municipality (the "Totaal" column). */
    public List<CountedList> lists() {
        return lists(TOTAL_COLUMN);
    }

    /** The lists as counted at one polling station (its number in the "Gebiednummer" row). */
    public List<CountedList> listsAt(int station) {
        return lists(column(station));
    }

    /** A figure of one polling station by its row label, e.g. "geldige stempas". */
    public long figureAt(int station, String label) {
        return Long.parseLong(row(label).get(column(station)));
    }

    /** A figure of the whole municipality by its row label. */
    public long total(String label) {
        return Long.parseLong(row(label).get(TOTAL_COLUMN));
    }

    private List<CountedList> lists(int column) {
        List<CountedList> lists = new ArrayList<>();
        for (Map.Entry<String[], List<String[]>> list : listRows().entrySet()) {
            String[] head = list.getKey();
            lists.add(new CountedList(Integer.parseInt(head[0]), head[1], Long.parseLong(head[column]),
                    list.getValue().stream().map(r -> r[3]).toList(),
                    list.getValue().stream().map(r -> Long.parseLong(r[column])).toList()));
        }
        return lists;
    }

    private int column(int station) {
        List<String> numbers = List.of(rows.stream().filter(r -> r[0].equals("Gebiednummer")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Rij Gebiednummer ontbreekt")));
        int column = numbers.subList(TOTAL_COLUMN + 1, numbers.size()).indexOf(Integer.toString(station));
        if (column < 0) {
            throw new IllegalArgumentException("Stembureau " + station + " staat niet in het CSV-bestand");
        }
        return column + TOTAL_COLUMN + 1;
    }

    private List<String> row(String label) {
        return List.of(rows.stream().filter(r -> r.length > 1 && r[1].equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Rij '" + label + "' ontbreekt in het CSV-bestand")));
    }

    private Map<String[], List<String[]>> listRows() {
        Map<String[], List<String[]>> lists = new LinkedHashMap<>();
        List<String[]> current = null;
        for (String[] r : rows) {
            if (r.length > TOTAL_COLUMN && r[0].matches("\\d+")) {
                current = new ArrayList<>();
                lists.put(r, current);
            } else if (current != null && r.length > TOTAL_COLUMN && r[2].matches("\\d+")) {
                current.add(r);
            }
        }
        return lists;
    }
}
