package nl.stemwerk.sortition.pool;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;

/**
 * The volunteers one assembly is drawn from ("pool van aanmelders"). Ids are unique and not blank.
 *
 * @param volunteers everyone in the pool, in the order given
 */
public record Pool(List<Volunteer> volunteers) {
    public Pool {
        volunteers = List.copyOf(Objects.requireNonNull(volunteers, "volunteers"));
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < volunteers.size(); index++) {
            String id = volunteers.get(index).id();
            if (id.isBlank()) {
                problems.add(new Problem(ProblemCode.VOLUNTEER_EMPTY_ID,
                        "Aanmelder nummer " + (index + 1) + " heeft geen id."));
            } else if (!seen.add(id)) {
                problems.add(new Problem(ProblemCode.VOLUNTEER_DUPLICATE_ID,
                        "Het id '" + id + "' komt meer dan één keer voor. Geef iedere aanmelder een eigen id."));
            }
        }
        if (!problems.isEmpty()) {
            throw new SortitionException(problems);
        }
    }

    public int size() {
        return volunteers.size();
    }

    public Optional<Volunteer> find(String id) {
        return volunteers.stream().filter(volunteer -> volunteer.id().equals(id)).findFirst();
    }
}
