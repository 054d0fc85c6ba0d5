package nl.stemwerk.eml.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountContest;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;

/**
 * Writes the "osv4-3" CSV that municipalities publish: one column per polling station, one row per figure, list
 * and candidate. It equals what the Kiesraad's eml2csv makes from the same 510b and 230b: UTF-8 with a byte order
 * mark, fields separated by {@code ;} and quoted with {@code "}, lines ended by LF, no line end after the last.
 *
 * <p>Where eml2csv would shift a row because a unit lacks a figure, this writes an empty cell instead.
 */
public final class Osv43Csv {
    private static final Set<String> PUBLIC_BODIES = Set.of("Bonaire", "Saba", "Sint Eustatius");
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Osv43Csv() {
    }

    /**
     * Streams a 510b from {@code count} and writes its CSV to {@code out}; memory holds only the figures.
     *
     * @throws EmlException when the 510b is invalid, is for another election or contest than the 230b, or has
     *                      votes for lists or candidates the 230b does not have; nothing is written then
     */
    public static void write(CandidateLists candidates, CountReader reader, InputStream count, String countFile,
                             OutputStream out) {
        Osv43Table table = new Osv43Table(candidates, countFile);
        reader.stream(count, countFile, table);
        writeTable(table, out);
    }

    /** Writes the CSV of a count held in memory. */
    public static void write(CandidateLists candidates, Count count, String countFile, OutputStream out) {
        Osv43Table table = new Osv43Table(candidates, countFile);
        table.header(count.header());
        for (CountContest contest : count.contests()) {
            table.contest(contest.contest(), contest.totals());
            contest.units().forEach(unit -> table.reportingUnit(contest.contest(), unit));
        }
        writeTable(table, out);
    }

    private static void writeTable(Osv43Table table, OutputStream out) {
        try {
            out.write(BYTE_ORDER_MARK);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            new Lines(writer).write(table);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Lines {
        private final Writer writer;
        private boolean first = true;

        private Lines(Writer writer) {
            this.writer = writer;
        }

        private void write(Osv43Table table) throws IOException {
            Authority authority = table.header().header().authority().orElse(new Authority("", ""));
            String area = (PUBLIC_BODIES.contains(authority.name()) ? "Openbaar lichaam " : "Gemeente ")
                    + authority.name();
            line(List.of("Verkiezing", "", table.header().election().name()));
            line(List.of("Datum", "", table.header().election().electionDate().toString()));
            line(List.of("Gebied", "", area));
            line(List.of("Nummer", "", authority.id()));
            line(List.of());
            line(labelRow(List.of("Lijstnummer", "Aanduiding", "Volgnummer", "Naam kandidaat", "Totaal"), table,
                    ColumnLabels::name));
            line(labelRow(List.of("Gebiednummer", "", "", "", ""), table, ColumnLabels::number));
            line(labelRow(List.of("Postcode", "", "", "", ""), table, ColumnLabels::postcode));
            for (int row = 0; row < Osv43Table.METADATA.size(); row++) {
                figureRow(List.of("", Osv43Table.METADATA.get(row).label(), "", ""), table, row);
            }
            int row = Osv43Table.METADATA.size();
            for (PoliticalGroup group : table.contest().politicalGroups()) {
                figureRow(List.of(Integer.toString(group.number()), group.name(), "", ""), table, row++);
                for (Candidate candidate : group.candidates()) {
                    figureRow(List.of("", "", Integer.toString(candidate.number()), name(candidate)), table, row++);
                }
            }
        }

        // eml2csv writes "van Dreumel, C.G.H.M.": prefix, last name, initials; no first name.
        private static String name(Candidate candidate) {
            String prefix = candidate.lastNamePrefix().isEmpty() ? "" : candidate.lastNamePrefix() + " ";
            return prefix + candidate.lastName() + ", " + candidate.initials();
        }

        private static List<String> labelRow(List<String> start, Osv43Table table,
                                             Function<ColumnLabels, String> label) {
            List<String> cells = new ArrayList<>(start);
            table.labels().forEach(labels -> cells.add(label.apply(labels)));
            return cells;
        }

        private void figureRow(List<String> start, Osv43Table table, int row) throws IOException {
            List<String> cells = new ArrayList<>(start);
            for (long[] column : table.columns()) {
                cells.add(column[row] == Osv43Table.ABSENT ? "" : Long.toString(column[row]));
            }
            line(cells);
        }

        private void line(List<String> cells) throws IOException {
            if (!first) {
                writer.write('\n');
            }
            first = false;
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(';');
                }
                String cell = cells.get(i);
                if (!cell.isEmpty()) {
                    writer.write('"');
                    writer.write(cell.replace("\"", "\"\""));
                    writer.write('"');
                }
            }
        }
    }
}
