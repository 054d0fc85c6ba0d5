package nl.stemwerk.sortition.internal;

import java.util.Arrays;

/**
 * A panel described by how many members it takes from each group ("samenstelling"). Which members of a group
 * sit on the panel is drawn later, uniformly, so everyone in a group has the same chance.
 */
public final class Composition {
    private final int[] groups;
    private final int[] counts;

    /**
     * @param groups ascending group indexes with a positive count
     * @param counts the count per listed group
     */
    public Composition(int[] groups, int[] counts) {
        if (groups.length != counts.length) {
            throw new IllegalArgumentException("groups and counts differ in length");
        }
        for (int j = 0; j < groups.length; j++) {
            if (counts[j] <= 0 || (j > 0 && groups[j] <= groups[j - 1])) {
                throw new IllegalArgumentException("groups must ascend and counts be positive");
            }
        }
        this.groups = groups.clone();
        this.counts = counts.clone();
    }

    /** The composition that a solver's values describe, rounding each to the nearest whole number. */
    public static Composition fromValues(double[] values, int groupCount) {
        int[] dense = new int[groupCount];
        for (int g = 0; g < groupCount; g++) {
            dense[g] = (int) Math.round(values[g]);
        }
        return fromDense(dense);
    }

    public static Composition fromDense(int[] dense) {
        int size = (int) Arrays.stream(dense).filter(count -> count > 0).count();
        int[] groups = new int[size];
        int[] counts = new int[size];
        int j = 0;
        for (int g = 0; g < dense.length; g++) {
            if (dense[g] > 0) {
                groups[j] = g;
                counts[j++] = dense[g];
            }
        }
        return new Composition(groups, counts);
    }

    /** The number of groups this panel draws from. */
    public int groupCount() {
        return groups.length;
    }

    public int group(int j) {
        return groups[j];
    }

    public int count(int j) {
        return counts[j];
    }

    /** How many members the panel takes from group {@code g}. */
    public int countOf(int g) {
        int j = Arrays.binarySearch(groups, g);
        return j < 0 ? 0 : counts[j];
    }

    public int memberCount() {
        return Arrays.stream(counts).sum();
    }

    /** Sum of {@code weights[g]} over the panel's members. */
    public double weight(double[] weights) {
        double sum = 0;
        for (int j = 0; j < groups.length; j++) {
            sum += weights[groups[j]] * counts[j];
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Composition that && Arrays.equals(groups, that.groups)
                && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(groups) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int j = 0; j < groups.length; j++) {
            text.append(j == 0 ? "" : ", ").append(groups[j]).append('x').append(counts[j]);
        }
        return text.append('}').toString();
    }
}
