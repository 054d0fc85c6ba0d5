package nl.stemwerk.budgeting.pabulib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.stemwerk.budgeting.election.BallotRules;
import nl.stemwerk.budgeting.election.BallotViolation;
import nl.stemwerk.budgeting.election.VoteType;
import nl.stemwerk.budgeting.money.Money;

/** Reads and checks the three sections of a .pb file; problems go to {@link Problems} with their line. */
final class PbSections {

    /** META as read, with the typed values the other sections need. */
    record Meta(LinkedHashMap<String, String> values, Map<String, Integer> lines, VoteType voteType,
                BallotRules rules) {

        int line(String key) {
            return lines.getOrDefault(key, 0);
        }
    }

    /** PROJECTS as read. */
    record Projects(List<String> columns, List<PbProject> list, Map<String, PbProject> byId,
                    Map<String, Integer> lines) {
    }

    private PbSections() {
    }

    static Meta meta(List<PbTokenizer.Row> rows, Problems problems) {
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        PbTokenizer.Row header = rows.getFirst();
        List<String> headerNames = Arrays.stream(header.fields()).map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (!headerNames.equals(List.of("key", "value"))) {
            problems.add(PbProblemCode.META_HEADER, header.line(),
                    "De kopregel onder META moet 'key;value' zijn, niet '" + String.join(";", header.fields()) + "'.");
        }
        for (PbTokenizer.Row row : rows.subList(1, rows.size())) {
            if (row.fields().length != 2) {
                problems.add(PbProblemCode.WRONG_FIELD_COUNT, row.line(), "Een regel in META heeft precies twee "
                        + "velden: sleutel;waarde. Deze regel heeft er " + row.fields().length
                        + ". Zet een waarde met ; erin tussen \".");
                continue;
            }
            String key = row.fields()[0].strip();
            if (values.putIfAbsent(key, row.fields()[1]) != null) {
                problems.add(PbProblemCode.DUPLICATE_META_KEY, row.line(),
                        "META noemt '" + key + "' twee keer (eerder op regel " + lines.get(key) + ").");
            } else {
                lines.put(key, row.line());
            }
        }
        for (String key : MetaValues.REQUIRED) {
            if (!values.containsKey(key)) {
                problems.add(PbProblemCode.MISSING_META_KEY, header.line(), "META mist '" + key + "'.");
            }
        }
        for (String key : MetaValues.RECOMMENDED) {
            if (!values.containsKey(key)) {
                problems.add(PbProblemCode.MISSING_RECOMMENDED_META_KEY, header.line(),
                        "META mist '" + key + "'. Dat mag, maar anderen begrijpen het bestand dan minder goed.");
            }
        }
        VoteType voteType = VoteType.APPROVAL;
        BallotRules rules = BallotRules.NONE;
        try {
            if (values.containsKey("budget")) {
                MetaValues.amount("budget", values.get("budget"));
            }
        } catch (PbValueException e) {
            problems.add(e, lines.get("budget"));
        }
        for (String key : List.of("num_projects", "num_votes")) {
            try {
                if (values.containsKey(key)) {
                    MetaValues.number(key, values.get(key), 0);
                }
            } catch (PbValueException e) {
                problems.add(e, lines.get(key));
            }
        }
        try {
            if (values.containsKey("vote_type")) {
                voteType = MetaValues.voteType(values.get("vote_type"));
            }
        } catch (PbValueException e) {
            problems.add(e, lines.get("vote_type"));
        }
        try {
            rules = MetaValues.ballotRules(values);
            MetaValues.caps(values);
        } catch (PbValueException e) {
            problems.add(e, header.line());
        }
        return new Meta(values, lines, voteType, rules);
    }

    static Projects projects(List<PbTokenizer.Row> rows, Meta meta, Problems problems) {
        PbTokenizer.Row header = rows.getFirst();
        List<String> columns = columns(header, "PROJECTS", problems, "project_id", "cost");
        int idColumn = columns.indexOf("project_id");
        int costColumn = columns.indexOf("cost");
        List<PbProject> list = new ArrayList<>(rows.size());
        Map<String, PbProject> byId = HashMap.newHashMap(rows.size());
        Map<String, Integer> lines = HashMap.newHashMap(rows.size());
        for (PbTokenizer.Row row : rows.subList(1, rows.size())) {
            if (idColumn < 0 || costColumn < 0 || !fieldCountMatches(row, columns, problems)) {
                continue;
            }
            String id = row.fields()[idColumn].strip();
            if (id.isEmpty()) {
                problems.add(PbProblemCode.EMPTY_ID, row.line(), "Dit project heeft geen project_id.");
                continue;
            }
            Money cost;
            try {
                cost = MetaValues.amount("cost van project '" + id + "'", row.fields()[costColumn]);
            } catch (PbValueException e) {
                problems.add(e, row.line());
                continue;
            }
            if (!cost.isPositive()) {
                problems.add(PbProblemCode.ZERO_COST, row.line(), "Project '" + id
                        + "' kost 0. Zo'n project kan niet meedoen in een berekening.");
            }
            PbProject project = new PbProject(id, cost, attributes(row, columns, idColumn, costColumn, -1));
            if (byId.putIfAbsent(id, project) != null) {
                problems.add(PbProblemCode.DUPLICATE_PROJECT, row.line(), "Project '" + id
                        + "' staat twee keer in PROJECTS (eerder op regel " + lines.get(id) + ").");
                continue;
            }
            lines.put(id, row.line());
            list.add(project);
        }
        checkCount(meta, "num_projects", rows.size() - 1, "PROJECTS", PbProblemCode.PROJECT_COUNT_MISMATCH, problems);
        return new Projects(columns, list, byId, lines);
    }

    static List<PbVote> votes(List<PbTokenizer.Row> rows, Meta meta, Projects projects, List<String> columnsOut,
                              Problems problems) {
        PbTokenizer.Row header = rows.getFirst();
        boolean withPoints = meta.voteType().hasPoints();
        List<String> columns = withPoints ? columns(header, "VOTES", problems, "voter_id", "vote", "points")
                : columns(header, "VOTES", problems, "voter_id", "vote");
        columnsOut.addAll(columns);
        int voterColumn = columns.indexOf("voter_id");
        int voteColumn = columns.indexOf("vote");
        int pointsColumn = columns.indexOf("points");
        if (voterColumn < 0 || voteColumn < 0 || (withPoints && pointsColumn < 0)) {
            return List.of();
        }
        Map<String, Money> costs = HashMap.newHashMap(projects.byId().size());
        projects.byId().forEach((id, project) -> costs.put(id, project.cost()));
        Map<String, long[]> tallies = HashMap.newHashMap(projects.byId().size());
        projects.byId().keySet().forEach(id -> tallies.put(id, new long[2]));
        Set<String> voters = HashSet.newHashSet(rows.size());
        List<PbVote> votes = new ArrayList<>(rows.size());
        String currency = MetaValues.currency(meta.values());
        int costWarnings = 0;
        int firstCostWarningLine = 0;
        for (PbTokenizer.Row row : rows.subList(1, rows.size())) {
            if (!fieldCountMatches(row, columns, problems)) {
                continue;
            }
            String voterId = row.fields()[voterColumn].strip();
            if (voterId.isEmpty() || !voters.add(voterId)) {
                problems.add(voterId.isEmpty() ? PbProblemCode.EMPTY_ID : PbProblemCode.DUPLICATE_VOTER, row.line(),
                        voterId.isEmpty() ? "Deze stem heeft geen voter_id."
                                : "Kiezer '" + voterId + "' heeft al eerder gestemd; elke kiezer stemt één keer.");
                continue;
            }
            List<String> ids = projectIds(row.fields()[voteColumn], projects.byId());
            List<Long> points = pointsColumn < 0 ? List.of() : points(row, pointsColumn, problems);
            if (points == null) {
                continue;
            }
            for (BallotViolation violation : meta.rules().check(ids, points, withPoints, costs::get, currency)) {
                if (violation.kind() == BallotViolation.Kind.COST_OUT_OF_RANGE) {
                    firstCostWarningLine = costWarnings++ == 0 ? row.line() : firstCostWarningLine;
                } else {
                    problems.add(code(violation.kind()), row.line(), violation.message());
                }
            }
            tally(ids, points, tallies);
            votes.add(new PbVote(voterId, ids, points,
                    attributes(row, columns, voterColumn, voteColumn, pointsColumn)));
        }
        if (costWarnings > 0) {
            problems.add(PbProblemCode.BALLOT_COST_OUT_OF_RANGE, firstCostWarningLine, costWarnings
                    + (costWarnings == 1 ? " stem kiest" : " stemmen kiezen") + " projecten die samen meer of minder "
                    + "kosten dan min_sum_cost/max_sum_cost toestaan (de eerste staat hier). Voor het tellen maakt dat "
                    + "niet uit; controleer wel of het stemformulier die grens toepaste.");
        }
        checkCount(meta, "num_votes", rows.size() - 1, "VOTES", PbProblemCode.VOTE_COUNT_MISMATCH, problems);
        checkTallies(projects, tallies, withPoints, problems);
        return votes;
    }

    private static List<String> projectIds(String field, Map<String, PbProject> projects) {
        String value = field.strip();
        if (value.isEmpty()) {
            return List.of();
        }
        String[] ids = value.split(",");
        for (int i = 0; i < ids.length; i++) {
            String id = ids[i].strip();
            PbProject project = projects.get(id);
            ids[i] = project == null ? id : project.id();
        }
        return List.of(ids);
    }

    private static List<Long> points(PbTokenizer.Row row, int column, Problems problems) {
        String value = row.fields()[column].strip();
        if (value.isEmpty()) {
            return List.of();
        }
        String[] parts = value.split(",");
        Long[] points = new Long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                points[i] = Long.parseLong(parts[i].strip());
            } catch (NumberFormatException e) {
                problems.add(PbProblemCode.INVALID_POINTS, row.line(),
                        "points bevat '" + parts[i] + "'. Punten zijn hele getallen, gescheiden door komma's.");
                return null;
            }
        }
        return List.of(points);
    }

    private static void tally(List<String> ids, List<Long> points, Map<String, long[]> tallies) {
        for (int i = 0; i < ids.size(); i++) {
            long[] tally = tallies.get(ids.get(i));
            if (tally != null) {
                tally[0]++;
                tally[1] += points.isEmpty() ? 0 : points.get(i);
            }
        }
    }

    private static void checkTallies(Projects projects, Map<String, long[]> tallies, boolean withPoints,
                                     Problems problems) {
        for (PbProject project : projects.list()) {
            long[] tally = tallies.get(project.id());
            int line = projects.lines().get(project.id());
            compare(project, "votes", tally[0], line, PbProblemCode.PROJECT_VOTES_MISMATCH, problems);
            if (withPoints) {
                compare(project, "score", tally[1], line, PbProblemCode.PROJECT_SCORE_MISMATCH, problems);
            }
        }
    }

    private static void compare(PbProject project, String column, long counted, int line, PbProblemCode code,
                                Problems problems) {
        project.attribute(column).ifPresent(written -> {
            try {
                long value = Long.parseLong(written);
                if (value != counted) {
                    problems.add(code, line, "Project '" + project.id() + "' heeft " + column + " = " + value
                            + ", maar in VOTES zijn het er " + counted + ".");
                }
            } catch (NumberFormatException e) {
                problems.add(PbProblemCode.INVALID_NUMBER, line,
                        column + " van project '" + project.id() + "' is '" + written + "'. Dat is geen heel getal.");
            }
        });
    }

    private static void checkCount(Meta meta, String key, int counted, String section, PbProblemCode code,
                                   Problems problems) {
        String written = meta.values().get(key);
        if (written == null) {
            return;
        }
        try {
            long value = Long.parseLong(written.strip());
            if (value != counted) {
                problems.add(code, meta.line(key), "META zegt " + key + " = " + value + ", maar " + section
                        + " heeft " + counted + (counted == 1 ? " regel." : " regels."));
            }
        } catch (NumberFormatException e) {
            // reported with META
        }
    }

    private static List<String> columns(PbTokenizer.Row header, String section, Problems problems,
                                        String... required) {
        List<String> columns = Arrays.stream(header.fields()).map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                problems.add(PbProblemCode.DUPLICATE_COLUMN, header.line(),
                        "De kolom '" + column + "' staat twee keer in de kopregel van " + section + ".");
            }
        }
        for (String column : required) {
            if (!columns.contains(column)) {
                problems.add(PbProblemCode.MISSING_COLUMN, header.line(),
                        "De kopregel van " + section + " mist de kolom '" + column + "'.");
            }
        }
        return columns;
    }

    private static boolean fieldCountMatches(PbTokenizer.Row row, List<String> columns, Problems problems) {
        if (row.fields().length == columns.size()) {
            return true;
        }
        problems.add(PbProblemCode.WRONG_FIELD_COUNT, row.line(), "Deze regel heeft " + row.fields().length
                + " velden, de kopregel heeft er " + columns.size()
                + ". Staat er een ; in een tekst zonder \" eromheen?");
        return false;
    }

    /** Every column except the typed ones (given by index; -1 when there is none), as an unmodifiable map. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> attributes(PbTokenizer.Row row, List<String> columns, int skipA, int skipB,
                                                  int skipC) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            if (i != skipA && i != skipB && i != skipC) {
                entries.add(Map.entry(columns.get(i), row.fields()[i]));
            }
        }
        return Map.ofEntries(entries.toArray(Map.Entry[]::new));
    }

    private static PbProblemCode code(BallotViolation.Kind kind) {
        return switch (kind) {
            case UNKNOWN_PROJECT -> PbProblemCode.UNKNOWN_PROJECT;
            case DUPLICATE_PROJECT -> PbProblemCode.DUPLICATE_PROJECT_IN_VOTE;
            case TOO_FEW_PROJECTS -> PbProblemCode.TOO_FEW_PROJECTS;
            case TOO_MANY_PROJECTS -> PbProblemCode.TOO_MANY_PROJECTS;
            case POINTS_COUNT_MISMATCH -> PbProblemCode.POINTS_COUNT_MISMATCH;
            case POINTS_OUT_OF_RANGE -> PbProblemCode.POINTS_OUT_OF_RANGE;
            case POINTS_TOTAL_OUT_OF_RANGE -> PbProblemCode.POINTS_TOTAL_OUT_OF_RANGE;
            case COST_OUT_OF_RANGE -> PbProblemCode.BALLOT_COST_OUT_OF_RANGE;
        };
    }
}
