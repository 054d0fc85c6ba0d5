package nl.stemwerk.app.platform.demo;

/**
 * One step of the demo municipality's seed. Each feature adds its own step as a Spring bean; the seeder runs every
 * step once (recorded in table {@code demo_seed_step}), in {@link #order()}, each in its own transaction together
 * with the record that it ran. Demo data must come from the project ({@code src/main/resources/demo/}), never from
 * outside it.
 */
public interface DemoSeedStep {
    /** Stable id; never change it once released, or the step runs again. */
    String id();

    /** Lower runs first: 100 municipality and accounts, 200 elections, 300 turnout, 400 participation, 500 kennisbank. */
    int order();

    void seed();
}
