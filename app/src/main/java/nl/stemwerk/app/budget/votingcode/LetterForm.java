package nl.stemwerk.app.budget.votingcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.web.multipart.MultipartFile;

/**
 * The letter form as typed: a number of letters, or an address list (then one letter per address), and who a code
 * is for.
 */
public record LetterForm(String size, String per, MultipartFile addresses) {

    /** The recipients: an address list, or {@code size} letters without address. */
    public List<List<String>> recipients() {
        try {
            if (addresses != null && !addresses.isEmpty()) {
                List<List<String>> list = AddressList.parse(addresses.getBytes());
                if (list.isEmpty()) {
                    throw InvalidInput.of("addresses", "Het adressenbestand is leeg.");
                }
                return list;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int count;
        try {
            count = Integer.parseInt(size == null ? "" : size.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("size", "Vul in hoeveel brieven u wilt maken, of kies een adressenbestand.");
        }
        if (count < 1 || count > VotingCodeService.MAX_BATCH) {
            throw InvalidInput.of("size", "Maak 1 tot " + VotingCodeService.MAX_BATCH + " brieven tegelijk.");
        }
        return java.util.Collections.nCopies(count, List.of());
    }

    public CodeBatch.Per perValue() {
        return "RESIDENT".equals(per) ? CodeBatch.Per.RESIDENT : CodeBatch.Per.HOUSEHOLD;
    }

    /** Whether the letters carry addresses. */
    public boolean withAddresses() {
        return addresses != null && !addresses.isEmpty();
    }
}
