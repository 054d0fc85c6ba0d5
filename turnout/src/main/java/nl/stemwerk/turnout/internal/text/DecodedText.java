package nl.stemwerk.turnout.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.ReadNote;
import nl.stemwerk.turnout.problem.ReadNoteCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;

/**
 * Text of a file with the encoding we found. UTF-8 (with or without BOM) is the standard; Excel on Windows
 * still saves Windows-1252, which we accept and report. Anything else is refused rather than guessed.
 *
 * @param text the decoded text without BOM
 * @param note set when the file was read as Windows-1252
 */
public record DecodedText(String text, Optional<ReadNote> note) {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static DecodedText read(String source, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw TurnoutInputException.of(InputProblemCode.UNREADABLE, SourcePosition.file(source),
                    "Het bestand kan niet worden gelezen: " + e.getMessage());
        }
        return decode(source, bytes);
    }

    static DecodedText decode(String source, byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw refused(source, "Het bestand is opgeslagen als UTF-16. Sla het op als 'CSV UTF-8'.");
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int offset = bom ? 3 : 0;
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes, offset);
        if (utf8.isPresent()) {
            return checked(source, utf8.get(), Optional.empty());
        }
        if (bom) {
            throw refused(source, "Het bestand zegt UTF-8 te zijn, maar bevat tekens die geen UTF-8 zijn.");
        }
        String text = strict(WINDOWS_1252, bytes, 0).orElseThrow(() -> refused(source,
                "De tekens in het bestand zijn geen UTF-8 en geen Windows-1252. Sla het op als 'CSV UTF-8'."));
        return checked(source, text, Optional.of(new ReadNote(ReadNoteCode.READ_AS_WINDOWS_1252,
                "Het bestand " + source + " is niet in UTF-8 opgeslagen. We hebben het gelezen als Windows-1252 "
                        + "(de oude standaard van Excel). Controleer of letters als é en ë goed zijn overgekomen.")));
    }

    private static DecodedText checked(String source, String text, Optional<ReadNote> note) {
        if (text.indexOf('\0') >= 0) {
            throw refused(source, "Het bestand bevat geen tekst maar binaire gegevens.");
        }
        return new DecodedText(text, note);
    }

    private static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static TurnoutInputException refused(String source, String message) {
        return TurnoutInputException.of(InputProblemCode.UNSUPPORTED_ENCODING, SourcePosition.file(source), message);
    }

    /** For callers that already decoded the text: no detection is possible, so no note. */
    public static DecodedText read(String source, Reader reader) {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw TurnoutInputException.of(InputProblemCode.UNREADABLE, SourcePosition.file(source),
                    "Het bestand kan niet worden gelezen: " + e.getMessage());
        }
        String content = text.toString();
        return checked(source, content.startsWith("\uFEFF") ? content.substring(1) : content, Optional.empty());
    }
}
