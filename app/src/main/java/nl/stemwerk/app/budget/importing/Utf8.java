package nl.stemwerk.app.budget.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Strict UTF-8 decoding: a file in another encoding is refused with the line of the first wrong byte. */
final class Utf8 {
    private Utf8() {
    }

    static String decode(byte[] bytes, String field) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProjectImportException(field, List.of("Regel " + firstBadLine(bytes) + ": het bestand is"
                    + " geen UTF-8. Sla het op als 'CSV UTF-8' (in Excel: Opslaan als, CSV UTF-8) en lees het"
                    + " opnieuw in."));
        }
    }

    private static int firstBadLine(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3
                    : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length || !continuations(bytes, i + 1, length - 1)) {
                return line;
            }
            line += b == '\n' ? 1 : 0;
            i += length;
        }
        return line;
    }

    private static boolean continuations(byte[] bytes, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
