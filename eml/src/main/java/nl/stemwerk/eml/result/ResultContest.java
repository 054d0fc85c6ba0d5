package nl.stemwerk.eml.result;

import java.util.List;
import java.util.Objects;

import nl.stemwerk.eml.ContestIdentity;

/** The lists with seats of one contest of a 520. */
public record ResultContest(ContestIdentity contest, List<ListResult> lists) {
    public ResultContest {
        Objects.requireNonNull(contest, "contest");
        lists = List.copyOf(lists);
    }

    public int seats() {
        return lists.stream().mapToInt(ListResult::seats).sum();
    }
}
