package nl.stemwerk.app.sortition.web;

import java.util.List;
import java.util.Optional;

/** A row of {@code sortition_assembly}; the lottery and the draw are empty until they happen. */
public record StoredAssembly(long id, String name, int panelSize, boolean onePerHousehold, String categoriesName,
                      String categoriesCsv, String poolName, String poolCsv, Optional<String> lotteryFile,
                      Optional<String> resultHash, Optional<String> seed, List<String> panelMembers, int version) {
    public boolean computed() {
        return lotteryFile.isPresent();
    }

    public boolean drawn() {
        return seed.isPresent();
    }
}
