package nl.stemwerk.sortition.selection;

/**
 * How much work a computation took, for diagnosing slow runs and for the benchmark.
 *
 * @param integerPrograms panels searched with the integer program (warm-up, coverage and pricing)
 * @param heuristicPanels panels found by the swap heuristic without an integer program
 * @param linearPrograms  master linear programs solved
 * @param levels          leximin levels fixed (1 for MAXIMIN)
 * @param reductions      times the fixed probabilities were lowered a little because of numerical trouble
 * @param shortfall       the largest shortfall below the targets in the final linear program
 */
public record SelectionStatistics(int integerPrograms, int heuristicPanels, int linearPrograms, int levels,
                                  int reductions, double shortfall) {
}
