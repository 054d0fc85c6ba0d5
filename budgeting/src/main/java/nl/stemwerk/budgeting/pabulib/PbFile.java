package nl.stemwerk.budgeting.pabulib;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;

import nl.stemwerk.budgeting.election.BallotRules;
import nl.stemwerk.budgeting.election.BudgetCaps;
import nl.stemwerk.budgeting.election.VoteType;
import nl.stemwerk.budgeting.money.Money;

/**
 * The contents of a pabulib {@code .pb} file (format: Stolicki, Szufa, Talmon, arXiv:2012.06539; pabulib.org/format).
 * Columns keep their file order and unknown META keys are kept, so that writing it back loses nothing.
 *
 * @param meta           META as key → value, in file order, values as written
 * @param projectColumns the PROJECTS header; contains {@code project_id} and {@code cost}
 * @param projects       PROJECTS, in file order
 * @param voteColumns    the VOTES header; contains {@code voter_id} and {@code vote}
 * @param votes          VOTES, in file order
 * @param layout         line ends and byte order mark of the original file
 */
public record PbFile(SequencedMap<String, String> meta, List<String> projectColumns, List<PbProject> projects,
                     List<String> voteColumns, List<PbVote> votes, PbLayout layout) {

    public PbFile {
        meta = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(meta));
        projectColumns = List.copyOf(projectColumns);
        projects = List.copyOf(projects);
        voteColumns = List.copyOf(voteColumns);
        votes = List.copyOf(votes);
        Objects.requireNonNull(layout, "layout");
        requireColumns(projectColumns, "PROJECTS", "project_id", "cost");
        requireColumns(voteColumns, "VOTES", "voter_id", "vote");
        for (String key : MetaValues.REQUIRED) {
            if (!meta.containsKey(key)) {
                throw new IllegalArgumentException("META mist '" + key + "'.");
            }
        }
    }

    /** {@code budget}. */
    public Money budget() {
        return typed(() -> MetaValues.amount("budget", meta.get("budget")));
    }

    /** {@code vote_type}. */
    public VoteType voteType() {
        return typed(() -> MetaValues.voteType(meta.get("vote_type")));
    }

    /**
     * {@code currency}; when the file does not say, the currency of its {@code country} (older pabulib files from
     * Poland have no {@code currency} key), else {@code EUR}.
     */
    public String currency() {
        return MetaValues.currency(meta);
    }

    /** {@code min_length}, {@code max_length}, {@code min_sum_cost} and the other ballot limits. */
    public BallotRules ballotRules() {
        return typed(() -> MetaValues.ballotRules(meta));
    }

    /** {@code budget_per_category} with {@code categories}, {@code budget_per_neighbourhood} with {@code neighbourhoods}. */
    public BudgetCaps caps() {
        return typed(() -> MetaValues.caps(meta));
    }

    private static void requireColumns(List<String> columns, String section, String... required) {
        for (String column : required) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException(section + " mist de kolom '" + column + "'.");
            }
        }
    }

    private interface MetaRead<T> {
        T read() throws PbValueException;
    }

    private static <T> T typed(MetaRead<T> read) {
        try {
            return read.read();
        } catch (PbValueException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
