package nl.stemwerk.budgeting.pabulib;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PbFile} as UTF-8 in the layout it came with. A field is quoted only when it holds {@code ;},
 * {@code "} or a line break, as pabulib's own files are; so reading a published file and writing it back gives the
 * same bytes.
 */
public final class PbWriter {

    private PbWriter() {
    }

    /** Writes to the stream and flushes it; the caller closes it. */
    public static void write(PbFile file, OutputStream out) throws IOException {
        if (file.layout().byteOrderMark()) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(file, writer);
        writer.flush();
    }

    public static byte[] toBytes(PbFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(PbFile file, Writer out) throws IOException {
        String newline = file.layout().lineEnding().characters();
        LineWriter lines = new LineWriter(out, newline);
        lines.row(List.of("META"));
        lines.row(List.of("key", "value"));
        for (Map.Entry<String, String> entry : file.meta().entrySet()) {
            lines.row(List.of(entry.getKey(), entry.getValue()));
        }
        lines.row(List.of("PROJECTS"));
        lines.row(file.projectColumns());
        String[] fields = new String[file.projectColumns().size()];
        for (PbProject project : file.projects()) {
            for (int i = 0; i < fields.length; i++) {
                String column = file.projectColumns().get(i);
                fields[i] = switch (column) {
                    case "project_id" -> project.id();
                    case "cost" -> project.cost().toPlainString();
                    default -> project.attributes().getOrDefault(column, "");
                };
            }
            lines.row(List.of(fields));
        }
        lines.row(List.of("VOTES"));
        lines.row(file.voteColumns());
        fields = new String[file.voteColumns().size()];
        for (PbVote vote : file.votes()) {
            for (int i = 0; i < fields.length; i++) {
                String column = file.voteColumns().get(i);
                fields[i] = switch (column) {
                    case "voter_id" -> vote.voterId();
                    case "vote" -> String.join(",", vote.projectIds());
                    case "points" -> join(vote.points());
                    default -> vote.attributes().getOrDefault(column, "");
                };
            }
            lines.row(List.of(fields));
        }
        lines.finish(file.layout().finalLineBreak());
    }

    private static String join(List<Long> points) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            text.append(i == 0 ? "" : ",").append(points.get(i));
        }
        return text.toString();
    }

    /** Writes rows with a line break between them, so the last one can go without. */
    private static final class LineWriter {
        private final Writer out;
        private final String newline;
        private boolean first = true;

        LineWriter(Writer out, String newline) {
            this.out = out;
            this.newline = newline;
        }

        void row(List<String> fields) throws IOException {
            if (!first) {
                out.write(newline);
            }
            first = false;
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(';');
                }
                field(fields.get(i));
            }
        }

        void finish(boolean finalLineBreak) throws IOException {
            if (finalLineBreak) {
                out.write(newline);
            }
        }

        private void field(String value) throws IOException {
            if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                    && value.indexOf('\r') < 0) {
                out.write(value);
                return;
            }
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        }
    }
}
