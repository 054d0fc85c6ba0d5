package nl.stemwerk.app.municipality;

/** A municipality (gemeente) with its CBS code, e.g. GM0668 West Maas en Waal. */
public record Municipality(long id, String cbsCode, String name, boolean home) {
}
