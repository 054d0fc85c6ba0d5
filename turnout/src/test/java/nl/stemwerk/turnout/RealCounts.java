package nl.stemwerk.turnout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.Osv43CsvReader;

/** The four real OSV4-3 count files, read once per call. */
public final class RealCounts {
    public static final String HILVERSUM_GR2022 = "turnout/results/osv4-3_telling_gr2022_hilversum.csv";
    public static final String NIJMEGEN_GR2022 = "turnout/results/osv4-3_telling_gr2022_nijmegen.csv";
    public static final String WEST_MAAS_EN_WAAL_GR2022 = "turnout/results/osv4-3_telling_gr2022_westmaasenwaal.csv";
    public static final String WEST_MAAS_EN_WAAL_TK2025 =
            "turnout/results/osv4-3_telling_tk2025_gemeente_westmaasenwaal.csv";

    private RealCounts() {
    }

    public static ElectionCount read(String relative) {
        try (InputStream in = SharedData.open(relative)) {
            return Osv43CsvReader.read(relative.substring(relative.lastIndexOf('/') + 1), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ElectionCount hilversum() {
        return read(HILVERSUM_GR2022);
    }

    public static ElectionCount nijmegen() {
        return read(NIJMEGEN_GR2022);
    }

    public static ElectionCount westMaasEnWaal2022() {
        return read(WEST_MAAS_EN_WAAL_GR2022);
    }

    public static ElectionCount westMaasEnWaal2025() {
        return read(WEST_MAAS_EN_WAAL_TK2025);
    }
}
