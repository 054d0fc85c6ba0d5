package nl.stemwerk.budgeting.pabulib;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits .pb text into rows of fields: {@code ;} between fields, {@code "} around a field that holds {@code ;},
 * {@code "} or a line break, {@code ""} for a quote inside it (RFC 4180 with a semicolon). A quote inside an
 * unquoted field is an ordinary character, as in Python's csv module that wrote these files.
 */
final class PbTokenizer {

    /** One row with the line on which it starts. */
    record Row(int line, String[] fields) {

        boolean isBlank() {
            return fields.length == 1 && fields[0].isBlank();
        }
    }

    /** The rows and what the text showed about its layout. */
    record Result(List<Row> rows, PbLayout.LineEnding lineEnding, boolean finalLineBreak) {
    }

    private final String text;
    private final Problems problems;
    private int position;
    private int line = 1;
    private PbLayout.LineEnding lineEnding;

    private PbTokenizer(String text, Problems problems) {
        this.text = text;
        this.problems = problems;
    }

    static Result tokenize(String text, Problems problems) {
        PbTokenizer tokenizer = new PbTokenizer(text, problems);
        List<Row> rows = new ArrayList<>(Math.max(16, text.length() / 40));
        while (tokenizer.position < text.length()) {
            rows.add(tokenizer.row());
        }
        boolean finalLineBreak = !text.isEmpty() && isLineBreak(text.charAt(text.length() - 1));
        PbLayout.LineEnding ending = tokenizer.lineEnding == null ? PbLayout.LineEnding.LF : tokenizer.lineEnding;
        return new Result(rows, ending, finalLineBreak);
    }

    private Row row() {
        int startLine = line;
        List<String> fields = new ArrayList<>(8);
        while (true) {
            fields.add(position < text.length() && text.charAt(position) == '"' ? quoted(startLine) : plain());
            if (position < text.length() && text.charAt(position) == ';') {
                position++;
                continue;
            }
            endOfLine();
            return new Row(startLine, fields.toArray(String[]::new));
        }
    }

    private String plain() {
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == ';' || isLineBreak(c)) {
                break;
            }
            position++;
        }
        return text.substring(start, position);
    }

    private String quoted(int startLine) {
        StringBuilder value = new StringBuilder();
        position++;
        while (true) {
            if (position >= text.length()) {
                problems.add(PbProblemCode.UNTERMINATED_QUOTE, startLine,
                        "Een veld begint met \" maar sluit niet af met \". Zet een \" aan het eind van het veld.");
                return value.toString();
            }
            char c = text.charAt(position);
            if (c == '"') {
                if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                    value.append('"');
                    position += 2;
                    continue;
                }
                position++;
                break;
            }
            if (c == '\n' || (c == '\r' && !(position + 1 < text.length() && text.charAt(position + 1) == '\n'))) {
                line++;
            }
            value.append(c);
            position++;
        }
        if (position < text.length() && text.charAt(position) != ';' && !isLineBreak(text.charAt(position))) {
            problems.add(PbProblemCode.TEXT_AFTER_QUOTE, line, "Na de afsluitende \" van het veld \"" + value
                    + "\" staat nog tekst. Zet het hele veld tussen \" en schrijf een \" in de tekst als \"\".");
            value.append(plain());
        }
        return value.toString();
    }

    private void endOfLine() {
        if (position >= text.length()) {
            return;
        }
        char c = text.charAt(position);
        if (c == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            noteLineEnding(PbLayout.LineEnding.CRLF);
            position += 2;
        } else {
            noteLineEnding(PbLayout.LineEnding.LF);
            position++;
        }
        line++;
    }

    private void noteLineEnding(PbLayout.LineEnding ending) {
        if (lineEnding == null) {
            lineEnding = ending;
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
