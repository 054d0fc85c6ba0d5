package nl.stemwerk.budgeting.pabulib;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a pabulib {@code .pb} file strictly: UTF-8 (a byte order mark is allowed), LF or CRLF, sections META,
 * PROJECTS and VOTES in that order, columns by header name. Every error is collected with its line; the file is
 * returned only when there is none, so nothing half-read reaches a count.
 */
public final class PbReader {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> SECTIONS = List.of("META", "PROJECTS", "VOTES");

    private PbReader() {
    }

    /** Reads the whole stream; the caller closes it. */
    public static PbReadResult read(InputStream in) throws IOException, PbFormatException {
        return read(in.readAllBytes());
    }

    /** Reads text that was already decoded; the caller closes the reader. */
    public static PbReadResult read(Reader in) throws IOException, PbFormatException {
        StringWriter text = new StringWriter();
        in.transferTo(text);
        String value = text.toString();
        boolean bom = value.startsWith("\uFEFF");
        return parse(bom ? value.substring(1) : value, bom);
    }

    public static PbReadResult read(byte[] bytes) throws PbFormatException {
        boolean bom = bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
                && bytes[2] == BYTE_ORDER_MARK[2];
        return parse(decode(bytes, bom ? 3 : 0), bom);
    }

    private static String decode(byte[] bytes, int offset) throws PbFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            Problems problems = new Problems();
            problems.add(PbProblemCode.INVALID_ENCODING, line, "Deze regel bevat tekens die geen geldige UTF-8 zijn "
                    + "(byte " + (in.position() + 1) + "). Sla het bestand op als UTF-8 en lees het opnieuw in.");
            throw problems.failure();
        }
        return out.flip().toString();
    }

    private static PbReadResult parse(String text, boolean bom) throws PbFormatException {
        Problems problems = new Problems();
        PbTokenizer.Result tokens = PbTokenizer.tokenize(text, problems);
        List<List<PbTokenizer.Row>> sections = split(tokens.rows(), problems);
        if (problems.hasErrors()) {
            throw problems.failure();
        }
        PbSections.Meta meta = PbSections.meta(sections.get(0), problems);
        PbSections.Projects projects = PbSections.projects(sections.get(1), meta, problems);
        List<String> voteColumns = new ArrayList<>();
        List<PbVote> votes = PbSections.votes(sections.get(2), meta, projects, voteColumns, problems);
        if (problems.hasErrors()) {
            throw problems.failure();
        }
        PbLayout layout = new PbLayout(tokens.lineEnding(), tokens.finalLineBreak(), bom);
        PbFile file = new PbFile(meta.values(), projects.columns(), projects.list(), voteColumns, votes, layout);
        return new PbReadResult(file, problems.warnings());
    }

    /** The rows of META, PROJECTS and VOTES, each starting with its header row; blank rows dropped. */
    private static List<List<PbTokenizer.Row>> split(List<PbTokenizer.Row> rows, Problems problems) {
        List<List<PbTokenizer.Row>> sections = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>()));
        int current = -1;
        boolean reportedOutside = false;
        for (PbTokenizer.Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            int title = sectionTitle(row);
            if (title >= 0) {
                if (title != current + 1) {
                    problems.add(PbProblemCode.SECTION_OUT_OF_ORDER, row.line(), "Het deel " + SECTIONS.get(title)
                            + " staat hier niet op zijn plaats. Een .pb-bestand heeft META, PROJECTS en VOTES, "
                            + "elk één keer en in die volgorde.");
                }
                current = Math.max(current, title);
            } else if (current < 0) {
                if (!reportedOutside) {
                    problems.add(PbProblemCode.TEXT_OUTSIDE_SECTION, row.line(),
                            "Het bestand moet beginnen met de regel META.");
                    reportedOutside = true;
                }
            } else {
                sections.get(current).add(row);
            }
        }
        if (rows.stream().allMatch(PbTokenizer.Row::isBlank)) {
            problems.add(PbProblemCode.EMPTY_FILE, 0, "Het bestand is leeg.");
            return sections;
        }
        for (int i = 0; i < SECTIONS.size(); i++) {
            if (i > current) {
                problems.add(PbProblemCode.MISSING_SECTION, 0, "Het deel " + SECTIONS.get(i) + " ontbreekt.");
            } else if (sections.get(i).isEmpty()) {
                problems.add(PbProblemCode.MISSING_HEADER, 0, "Onder " + SECTIONS.get(i)
                        + " staat geen kopregel met de namen van de kolommen.");
            }
        }
        return sections;
    }

    private static int sectionTitle(PbTokenizer.Row row) {
        for (int i = 1; i < row.fields().length; i++) {
            if (!row.fields()[i].isBlank()) {
                return -1;
            }
        }
        return SECTIONS.indexOf(row.fields()[0].strip().toUpperCase(Locale.ROOT));
    }
}
