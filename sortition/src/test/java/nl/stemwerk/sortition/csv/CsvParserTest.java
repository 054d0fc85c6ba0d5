package nl.stemwerk.sortition.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;

class CsvParserTest {

    private static CsvTable parse(String text) {
        return CsvParser.parse(new StringReader(text), "test.csv");
    }

    @Test
    void quotedCellsKeepCommasDoubledQuotesAndLineBreaks() {
        CsvTable table = parse("id,adres\n1,\"Dorpsstraat 1, \"\"achter\"\"\nboven\"\n2,Kerkweg 3\n");

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("Dorpsstraat 1, \"achter\"\nboven");
        assertThat(table.rows().get(1).line()).as("the quoted line break counts as a line").isEqualTo(4);
    }

    @Test
    void semicolonsFromDutchSpreadsheetsAreRecognised() {
        CsvTable table = parse("categorie;waarde;min;max\r\ngeslacht;vrouw;5;6\r\n");

        assertThat(table.header()).containsExactly("categorie", "waarde", "min", "max");
        assertThat(table.rows().getFirst().cells()).containsExactly("geslacht", "vrouw", "5", "6");
    }

    @Test
    void byteOrderMarkAndBlankLinesAndMissingFinalNewlineAreFine() {
        CsvTable table = parse("\uFEFFa,b\n1,2\n\n3,4");

        assertThat(table.header()).containsExactly("a", "b");
        assertThat(table.rows()).extracting(CsvTable.Row::cells).containsExactly(List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsNamesItsLine() {
        assertThatThrownBy(() -> parse("a,b\n1,2\n3\n"))
                .isInstanceOfSatisfying(SortitionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.CSV_WRONG_CELL_COUNT);
                    assertThat(e.problems().getFirst().message()).contains("test.csv, regel 3").contains("1 cellen");
                });
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItStarts() {
        assertThatThrownBy(() -> parse("a,b\n1,\"open\n2,3\n"))
                .isInstanceOfSatisfying(SortitionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.CSV_UNCLOSED_QUOTE);
                    assertThat(e.getMessage()).contains("regel 2");
                });
    }

    @Test
    void anEmptyFileAndADuplicatedColumnAreRejected() {
        assertThatThrownBy(() -> parse("")).isInstanceOfSatisfying(SortitionException.class,
                e -> assertThat(e.code()).isEqualTo(ProblemCode.CSV_EMPTY));
        assertThatThrownBy(() -> parse("id,ID\n1,2\n")).isInstanceOfSatisfying(SortitionException.class,
                e -> assertThat(e.code()).isEqualTo(ProblemCode.CSV_DUPLICATE_COLUMN));
    }
}
