package nl.stemwerk.sortition.selection;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.internal.Fields;

/**
 * The work of an unfinished computation: the panels found and the probabilities already settled. Groups are
 * named by their first member's id, so the checkpoint stays valid as long as the problem is the same, which
 * {@link #problemHash()} guards.
 *
 * @param problemHash the hash of the problem it belongs to
 * @param algorithm   the algorithm that was running; settled probabilities only carry over to the same one
 * @param seeded      whether the first search for varied panels had finished
 * @param panels      per panel, the number of seats per group (by group key)
 * @param settled     per group key, the probability already settled
 */
public record Checkpoint(String problemHash, Algorithm algorithm, boolean seeded, List<Map<String, Integer>> panels,
                         Map<String, Double> settled) {
    private static final String HEADER = "stemwerk-sortition-checkpoint 1";

    public Checkpoint {
        Objects.requireNonNull(problemHash, "problemHash");
        Objects.requireNonNull(algorithm, "algorithm");
        panels = panels.stream().map(panel -> Collections.unmodifiableMap(new TreeMap<>(panel))).toList();
        settled = Collections.unmodifiableMap(new TreeMap<>(settled));
    }

    /** A plain-text form to store; {@link #parse(Reader)} reads it back. Doubles keep every bit. */
    public String toText() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append(Fields.join(List.of("problem", problemHash))).append('\n');
        text.append(Fields.join(List.of("algorithm", algorithm.name()))).append('\n');
        text.append(Fields.join(List.of("seeded", Boolean.toString(seeded)))).append('\n');
        for (Map<String, Integer> panel : panels) {
            List<String> fields = new ArrayList<>(List.of("panel"));
            panel.forEach((key, count) -> {
                fields.add(key);
                fields.add(Integer.toString(count));
            });
            text.append(Fields.join(fields)).append('\n');
        }
        settled.forEach((key, probability) -> text.append(
                Fields.join(List.of("settled", key, Double.toString(probability)))).append('\n'));
        return text.toString();
    }

    public static Checkpoint parse(Reader reader) {
        List<String> lines = Fields.lines(reader);
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
            throw invalid("de eerste regel moet '" + HEADER + "' zijn");
        }
        String problem = null;
        Algorithm algorithm = null;
        boolean seeded = false;
        List<Map<String, Integer>> panels = new ArrayList<>();
        Map<String, Double> settled = new LinkedHashMap<>();
        for (int number = 2; number <= lines.size(); number++) {
            List<String> fields = Fields.split(lines.get(number - 1));
            try {
                switch (fields.getFirst()) {
                    case "problem" -> problem = fields.get(1);
                    case "algorithm" -> algorithm = Algorithm.valueOf(fields.get(1));
                    case "seeded" -> seeded = Boolean.parseBoolean(fields.get(1));
                    case "panel" -> panels.add(panel(fields));
                    case "settled" -> settled.put(fields.get(1), Double.parseDouble(fields.get(2)));
                    case "" -> {
                    }
                    default -> throw invalid("regel " + number + " begint met het onbekende woord '"
                            + fields.getFirst() + "'");
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw invalid("regel " + number + " is onvolledig of heeft een ongeldige waarde");
            }
        }
        if (problem == null || algorithm == null) {
            throw invalid("de regels 'problem' en 'algorithm' ontbreken");
        }
        return new Checkpoint(problem, algorithm, seeded, panels, settled);
    }

    private static Map<String, Integer> panel(List<String> fields) {
        Map<String, Integer> panel = new LinkedHashMap<>();
        for (int j = 1; j + 1 < fields.size(); j += 2) {
            panel.put(fields.get(j), Integer.parseInt(fields.get(j + 1)));
        }
        return panel;
    }

    private static SortitionException invalid(String reason) {
        return new SortitionException(ProblemCode.CHECKPOINT_INVALID,
                "Het opgeslagen tussenresultaat is niet te lezen: " + reason + ".");
    }
}
