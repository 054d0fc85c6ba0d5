package nl.stemwerk.app.sortition.web;

/** One row of the sorted-probability table (public: the template reads it). */
public record ProbabilityRow(int rank, String id, double probability) {
}
