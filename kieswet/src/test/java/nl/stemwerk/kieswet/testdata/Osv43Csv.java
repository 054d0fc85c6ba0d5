package nl.stemwerk.kieswet.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.kieswet.apportionment.ListInput;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.kieswet.results.VotesCounts;

/**
 * Reads an "osv4-3" count CSV (the Kiesraad's format, {@code ;}-separated, UTF-8 with BOM): a column "Totaal" and
 * one column per polling station. Test helper only; the real readers live in the {@code eml} module.
 */
public final class Osv43Csv {
    /** The real GR2022 count of West Maas en Waal, relative to the shared data folder. */
    public static final String WEST_MAAS_EN_WAAL_2022 =
            "data/elections/nl_gr2022_west_maas_en_waal/osv4-3_telling_gr2022_westmaasenwaal.csv";

    private static final int TOTAL_COLUMN = 4;

    private final List<String[]> rows;

    private Osv43Csv(List<String[]> rows) {
        this.rows = rows;
    }

    public static Osv43Csv read(Path file) {
        try {
            return new Osv43Csv(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replace("\uFEFF", "").replace("\"", "").split(";", -1))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list: number, name, and in list order each candidate's name and total. */
    public record CsvList(int number, String name, long total, List<String> candidateNames, List<Long> candidateVotes) {
        public ListInput toInput() {
            return ListInput.of(number, candidateVotes.stream().mapToLong(Long::longValue).toArray());
        }
    }

    /** The lists with the totals of the "Totaal" column. */
    public List<CsvList> lists() {
        List<CsvList> lists = new ArrayList<>();
        for (Map.Entry<String[], List<String[]>> list : listRows().entrySet()) {
            String[] head = list.getKey();
            lists.add(new CsvList(Integer.parseInt(head[0]), head[1], Long.parseLong(head[TOTAL_COLUMN]),
                    list.getValue().stream().map(r -> r[3]).toList(),
                    list.getValue().stream().map(r -> Long.parseLong(r[TOTAL_COLUMN])).toList()));
        }
        return lists;
    }

    /** The "Totaal" column as a result with station number 0. */
    public PollingStationResults total() {
        return column(TOTAL_COLUMN, 0);
    }

    /** One result per polling-station column, numbered as in the "Gebiednummer" row. */
    public List<PollingStationResults> stations() {
        String[] numbers = row("Gebiednummer", 0);
        List<PollingStationResults> stations = new ArrayList<>();
        for (int col = TOTAL_COLUMN + 1; col < numbers.length; col++) {
            stations.add(column(col, Integer.parseInt(numbers[col])));
        }
        return stations;
    }

    private PollingStationResults column(int col, int stationNumber) {
        VotersCounts voters = new VotersCounts(count("geldige stempas", col), count("geldig volmachtbewijs", col),
                count("geldige kiezerspas", col), count("toegelaten kiezers", col));
        List<VotesCounts.PoliticalGroupTotal> listTotals = new ArrayList<>();
        List<CandidateVotes> candidateVotes = new ArrayList<>();
        for (Map.Entry<String[], List<String[]>> list : listRows().entrySet()) {
            int number = Integer.parseInt(list.getKey()[0]);
            long total = Long.parseLong(list.getKey()[col]);
            listTotals.add(new VotesCounts.PoliticalGroupTotal(number, total));
            candidateVotes.add(new CandidateVotes(number, total,
                    list.getValue().stream().map(r -> Long.parseLong(r[col])).toList()));
        }
        VotesCounts votes = new VotesCounts(listTotals, count("geldige stembiljetten", col),
                count("blanco stembiljetten", col), count("ongeldige stembiljetten", col),
                count("aangetroffen stembiljetten", col));
        DifferencesCounts differences = new DifferencesCounts(count("meer stembiljetten dan toegelaten kiezers", col),
                count("minder stembiljetten dan toegelaten kiezers", col), DifferencesCounts.Comparison.NOT_ENTERED,
                DifferencesCounts.Explained.NOT_ENTERED);
        return new PollingStationResults(stationNumber, voters, votes, differences, candidateVotes);
    }

    private long count(String label, int col) {
        return Long.parseLong(row(label, 1)[col]);
    }

    private String[] row(String label, int labelColumn) {
        return rows.stream().filter(r -> r.length > labelColumn && r[labelColumn].equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Rij '" + label + "' ontbreekt in het CSV-bestand"));
    }

    /** List header rows (list number in the first column) with their candidate rows, in file order. */
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
