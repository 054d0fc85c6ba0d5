package nl.stemwerk.app.dataentry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.entry.CandidateVotesSection;
import nl.stemwerk.kieswet.entry.Count;
import nl.stemwerk.kieswet.entry.CountingDifferencesSection;
import nl.stemwerk.kieswet.entry.CsbDifferencesSection;
import nl.stemwerk.kieswet.entry.DifferencesSection;
import nl.stemwerk.kieswet.entry.ExtraInvestigationSection;
import nl.stemwerk.kieswet.entry.Fields;
import nl.stemwerk.kieswet.entry.ReportEntry;
import nl.stemwerk.kieswet.entry.VotersSection;
import nl.stemwerk.kieswet.entry.VotesSection;
import nl.stemwerk.kieswet.entry.YesNo;

/**
 * A proces-verbaal entry as field names and typed values ({@link ReportEntry#fields()}), and back. The same names
 * are the names of the form's inputs and the keys of the stored JSON, so what is stored is exactly what was typed:
 * an empty box is {@code ""}, a number is its digits, a yes/no question {@code "ja"}, {@code "nee"},
 * {@code "ja en nee"} or {@code ""}, a tick box {@code "true"} or {@code "false"}.
 */
public final class EntryCodec {
    /** Boxes hold at most this many digits: more than any municipality has voters, far within a {@code long}. */
    static final int MAX_DIGITS = 9;

    private EntryCodec() {
    }

    public static Map<String, String> encode(ReportEntry entry) {
        return new LinkedHashMap<>(entry.fields());
    }

    /**
     * The entry of {@code shape} with the given values; names not given stay empty. A box with anything but digits is
     * refused with a Dutch message naming the field (nothing is stored then).
     */
    public static ReportEntry decode(EntryShape shape, Map<String, String> values) {
        Reader in = new Reader(values);
        List<Integer> lists = List.copyOf(shape.candidatesPerList().keySet());
        VotersSection voters = new VotersSection(in.count(Fields.A), in.count(Fields.B), in.count(Fields.C),
                in.count(Fields.D));
        VotesSection votes = new VotesSection(lists.stream()
                .map(n -> new VotesSection.ListTotal(n, in.count(Fields.listTotal(n)))).toList(),
                in.count(Fields.E), in.count(Fields.F), in.count(Fields.G), in.count(Fields.H));
        List<CandidateVotesSection> candidates = new ArrayList<>();
        shape.candidatesPerList().forEach((list, size) -> {
            List<Count> perCandidate = new ArrayList<>();
            for (int c = 1; c <= size; c++) {
                perCandidate.add(in.count(Fields.candidate(list, c)));
            }
            candidates.add(new CandidateVotesSection(list, in.count(Fields.candidateListTotal(list)), perCandidate));
        });
        ReportEntry entry = switch (shape.model()) {
            case GSB_CSO -> new ReportEntry.GsbCsoEntry(
                    new ExtraInvestigationSection(in.yesNo(Fields.EXTRA_INVESTIGATION_OTHER_REASON),
                            in.yesNo(Fields.EXTRA_INVESTIGATION_BALLOTS_RECOUNTED)),
                    new CountingDifferencesSection(in.yesNo(Fields.COUNTING_DIFFERENCE_EXPLAINED),
                            in.yesNo(Fields.COUNTING_DIFFERENCE_PER_LIST)),
                    voters, votes, in.differences(), candidates);
            case GSB_DSO -> new ReportEntry.GsbDsoEntry(voters, votes, in.differences(), candidates);
            case CSB -> new ReportEntry.CsbEntry(in.count(Fields.ELIGIBLE_VOTERS), voters, votes,
                    new CsbDifferencesSection(in.count(Fields.I), in.count(Fields.J)), candidates);
        };
        in.problems.throwIfAny();
        return entry;
    }

    /** Reads typed values, collecting every box that is not a number. */
    private static final class Reader {
        private final Map<String, String> values;
        private final InvalidInput.Collector problems = new InvalidInput.Collector();

        Reader(Map<String, String> values) {
            this.values = values;
        }

        Count count(String field) {
            String typed = values.getOrDefault(field, "").strip();
            if (typed.isEmpty()) {
                return Count.EMPTY;
            }
            if (!typed.matches("[0-9]{1," + MAX_DIGITS + "}")) {
                problems.add(field, typed.matches("[0-9]+")
                        ? "Vak " + FieldLabels.shortName(field) + ": dit getal is te groot (" + typed + ")."
                        : "Vak " + FieldLabels.shortName(field) + ": typ alleen cijfers. U typte '" + typed + "'.");
                return Count.EMPTY;
            }
            return Count.of(Long.parseLong(typed));
        }

        YesNo yesNo(String field) {
            return switch (values.getOrDefault(field, "")) {
                case "ja" -> YesNo.YES;
                case "nee" -> YesNo.NO;
                case "ja en nee" -> YesNo.BOTH;
                case "" -> YesNo.EMPTY;
                default -> {
                    problems.add(field, "Vak " + FieldLabels.shortName(field) + ": kies ja of nee.");
                    yield YesNo.EMPTY;
                }
            };
        }

        boolean ticked(String field) {
            return "true".equals(values.get(field));
        }

        DifferencesSection differences() {
            return new DifferencesSection(ticked(Fields.D_EQUALS_H), ticked(Fields.H_MORE_THAN_D),
                    ticked(Fields.H_LESS_THAN_D), count(Fields.I), count(Fields.J), yesNo(Fields.DIFFERENCE_EXPLAINED));
        }
    }
}
