package nl.stemwerk.turnout.coverage;

import java.util.Objects;

/**
 * Distance in a straight line to the nearest election-day station.
 *
 * @param meanMetres weighted mean over the measuring points
 * @param maxMetres  the farthest measuring point
 * @param method     how the measuring points were chosen
 */
public record DistanceToStation(double meanMetres, double maxMetres, DistanceMethod method) {
    public DistanceToStation {
        if (!(meanMetres >= 0) || !(maxMetres >= meanMetres - 1e-9)) {
            throw new IllegalArgumentException("0 <= mean <= max");
        }
        Objects.requireNonNull(method, "method");
    }
}
