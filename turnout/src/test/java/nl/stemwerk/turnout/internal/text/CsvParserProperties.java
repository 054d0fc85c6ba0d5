package nl.stemwerk.turnout.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class CsvParserProperties {

    /** Cells with separators, quotes and line breaks survive writing with RFC 4180 quoting and parsing back. */
    @Property
    void quotedCellsReadBackUnchanged(
            @ForAll @Size(min = 1, max = 6) List<@Size(min = 1, max = 5) List<
                    @StringLength(max = 12) @Chars({';', '"', '\n', ',', ' ', 'é'}) @CharRange(from = 'a', to = 'f') String>> table) {
        int width = table.getFirst().size();
        List<List<String>> rectangular = table.stream().map(row -> pad(row, width)).toList();
        String text = rectangular.stream()
                .map(row -> row.stream().map(CsvParserProperties::quote).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n")) + "\r\n";

        List<CsvRow> rows = CsvParser.parse("prop.csv", text, ';');

        assertThat(rows).extracting(CsvRow::cells).isEqualTo(rectangular);
    }

    private static List<String> pad(List<String> row, int width) {
        List<String> padded = new ArrayList<>(row.subList(0, Math.min(width, row.size())));
        while (padded.size() < width) {
            padded.add("");
        }
        return padded;
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
