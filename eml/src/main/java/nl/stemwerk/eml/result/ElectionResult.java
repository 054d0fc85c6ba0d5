package nl.stemwerk.eml.result;

import java.util.List;
import java.util.Objects;

import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlHeader;

/** An EML_NL 520 as read: the result ("uitslag"), i.e. the seats per list and the elected candidates. */
public record ElectionResult(EmlHeader header, ElectionIdentity election, List<ResultContest> contests) {
    public ElectionResult {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(election, "election");
        contests = List.copyOf(contests);
    }
}
