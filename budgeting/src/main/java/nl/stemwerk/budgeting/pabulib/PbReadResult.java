package nl.stemwerk.budgeting.pabulib;

import java.util.List;
import java.util.Objects;

/**
 * A .pb file that was read, with what the reader noticed but did not stop for.
 *
 * @param file     the contents
 * @param warnings problems that do not stop counting, such as a ballot above {@code max_sum_cost}
 */
public record PbReadResult(PbFile file, List<PbProblem> warnings) {

    public PbReadResult {
        Objects.requireNonNull(file, "file");
        warnings = List.copyOf(warnings);
    }
}
