package nl.stemwerk.app.budget.votingcode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.stemwerk.app.platform.web.InvalidInput;

/**
 * An address list for printing letters: one letter per line, the address lines separated by semicolons, e.g.
 * {@code Familie Jansen;Dorpsstraat 1;6658 AB Beneden-Leeuwen}. It is used for the PDF only and never stored, so
 * Stemwerk cannot tell which code went to which address.
 */
public final class AddressList {
    private AddressList() {
    }

    /** @throws InvalidInput on field {@code addresses} when the file is not UTF-8, too long, or has a long line */
    public static List<List<String>> parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInput.of("addresses", "Het adressenbestand is geen UTF-8. Sla het op als 'CSV UTF-8'.");
        }
        List<List<String>> addresses = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> parts = Arrays.stream(lines[i].split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            if (parts.size() > 6 || parts.stream().anyMatch(p -> p.length() > 100)) {
                throw InvalidInput.of("addresses", "Regel " + (i + 1) + " van het adressenbestand is te lang: hoogstens"
                        + " 6 adresregels van 100 tekens.");
            }
            addresses.add(parts);
        }
        if (addresses.size() > VotingCodeService.MAX_BATCH) {
            throw InvalidInput.of("addresses", "Het adressenbestand heeft " + addresses.size() + " adressen. Maak"
                    + " hoogstens " + VotingCodeService.MAX_BATCH + " brieven tegelijk.");
        }
        return addresses;
    }
}
