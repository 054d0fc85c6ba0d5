package nl.stemwerk.kieswet.apportionment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the list and candidate totals from an "osv4-3" count CSV (the Kiesraad's format, {@code ;}-separated,
 * UTF-8 with BOM). Test helper only; the EML/CSV readers live in the {@code eml} module.
 */
final class Osv43Csv {
    private Osv43Csv() {
    }

    /** A list from the CSV: number, name and, in list order, each candidate's name and total. */
    record CsvList(int number, String name, long total, List<String> candidateNames, List<Long> candidateVotes) {
        ListInput toInput() {
            return ListInput.of(number, candidateVotes.stream().mapToLong(Long::longValue).toArray());
        }
    }

    static List<CsvList> lists(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CsvList> lists = new ArrayList<>();
        int number = 0;
        String name = null;
        long total = 0;
        List<String> names = new ArrayList<>();
        List<Long> votes = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.replace("\uFEFF", "").replace("\"", "").split(";", -1);
            if (f.length < 5 || !f[0].matches("\\d+") && !f[2].matches("\\d+")) {
                continue;
            }
            if (f[0].matches("\\d+")) {
                if (name != null) {
                    lists.add(new CsvList(number, name, total, names, votes));
                }
                number = Integer.parseInt(f[0]);
                name = f[1];
                total = Long.parseLong(f[4]);
                names = new ArrayList<>();
                votes = new ArrayList<>();
            } else {
                names.add(f[3]);
                votes.add(Long.parseLong(f[4]));
            }
        }
        if (name != null) {
            lists.add(new CsvList(number, name, total, names, votes));
        }
        return lists;
    }
}
