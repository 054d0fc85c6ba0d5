package nl.stemwerk.turnout.cbs;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import nl.stemwerk.turnout.internal.text.CsvParser;
import nl.stemwerk.turnout.internal.text.CsvRow;
import nl.stemwerk.turnout.internal.text.DecodedText;
import nl.stemwerk.turnout.internal.text.Numbers;
import nl.stemwerk.turnout.internal.text.Problems;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;

/**
 * Reads inhabitants per buurt and wijk from a CBS "Kerncijfers wijken en buurten" CSV. The area is either a
 * full code column ("Codering", as in StatLine downloads) or the numeric columns "Gemeentecode",
 * "Wijkcode" and "Buurtcode" (older downloads); "Regio aanduiding" says whether a row is a buurt, wijk or
 * gemeente. Rows whose inhabitants are hidden by CBS ("x", "." or empty) are skipped, because CBS hides
 * them to protect privacy, not because the file is wrong.
 */
public final class CbsNeighbourhoodFiguresReader {
    private CbsNeighbourhoodFiguresReader() {
    }

    public static List<AreaPopulation> read(String source, InputStream in, String sourceDescription) {
        DecodedText text = DecodedText.read(source, in);
        List<CsvRow> rows = CsvParser.parse(source, text.text(), CsvParser.detectSeparator(text.text())).stream()
                .filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            throw TurnoutInputException.of(InputProblemCode.EMPTY_FILE, SourcePosition.file(source), "Het bestand is leeg.");
        }
        Columns columns = Columns.of(source, rows.getFirst());
        Problems problems = new Problems();
        List<AreaPopulation> population = new ArrayList<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            String rawCount = row.cell(columns.inhabitants);
            if (rawCount.isEmpty() || rawCount.equals("x") || rawCount.equals(".")) {
                continue;
            }
            SourcePosition position = SourcePosition.row(source, row.line());
            String code = columns.code(row, position, problems);
            OptionalLong count = Numbers.count(rawCount, position.withColumn(columns.inhabitantsName), problems);
            if (code.isEmpty() || count.isEmpty()) {
                continue;
            }
            population.add(new AreaPopulation(code, columns.name >= 0 ? row.cell(columns.name) : "",
                    count.getAsLong(), PopulationBasis.INHABITANTS, sourceDescription));
        }
        problems.throwIfAny();
        return population;
    }

    private record Columns(int code, int municipality, int district, int neighbourhood, int level, int name,
                           int inhabitants, String inhabitantsName) {
        static Columns of(String source, CsvRow header) {
            List<String> names = header.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            int inhabitants = -1;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).replace(" ", "").startsWith("aantalinwoners")) {
                    inhabitants = i;
                    break;
                }
            }
            int code = indexStartingWith(names, "codering");
            int municipality = names.indexOf("gemeentecode");
            if (inhabitants < 0 || (code < 0 && municipality < 0)) {
                throw TurnoutInputException.of(InputProblemCode.MISSING_COLUMN, SourcePosition.row(source, header.line()),
                        "De kolom 'Aantal inwoners' of een kolom met de gebiedscode ('Codering', of 'Gemeentecode', "
                                + "'Wijkcode' en 'Buurtcode') ontbreekt. Is dit een bestand met CBS-kerncijfers?");
            }
            return new Columns(code, municipality, names.indexOf("wijkcode"), names.indexOf("buurtcode"),
                    names.indexOf("regio aanduiding"), names.indexOf("regio's"), inhabitants,
                    header.cell(inhabitants));
        }

        private static int indexStartingWith(List<String> names, String prefix) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).startsWith(prefix)) {
                    return i;
                }
            }
            return -1;
        }

        String code(CsvRow row, SourcePosition position, Problems problems) {
            if (code >= 0) {
                return row.cell(code).toUpperCase(Locale.ROOT);
            }
            String kind = level >= 0 ? row.cell(level).toLowerCase(Locale.ROOT) : "buurt";
            try {
                int gm = Integer.parseInt(row.cell(municipality));
                int wk = district >= 0 ? Integer.parseInt(row.cell(district)) : 0;
                int bu = neighbourhood >= 0 ? Integer.parseInt(row.cell(neighbourhood)) : 0;
                return switch (kind) {
                    case "gemeente" -> String.format(Locale.ROOT, "GM%04d", gm);
                    case "wijk" -> String.format(Locale.ROOT, "WK%04d%02d", gm, wk);
                    default -> String.format(Locale.ROOT, "BU%04d%02d%02d", gm, wk, bu);
                };
            } catch (NumberFormatException e) {
                problems.add(InputProblemCode.INVALID_AREA_CODE, position.withColumn("Gemeentecode"),
                        "Gemeentecode, wijkcode en buurtcode moeten getallen zijn.");
                return "";
            }
        }
    }
}
