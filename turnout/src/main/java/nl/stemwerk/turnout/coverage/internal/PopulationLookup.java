package nl.stemwerk.turnout.coverage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.geo.AreaCodes;

/**
 * The population of an area: given directly, or for a wijk the sum of its buurten. A wijk whose buurten
 * are only partly in the table gets that partial sum; CBS hides only very small buurten, so the difference is
 * at most a few dozen people.
 */
public final class PopulationLookup {
    private final Map<String, AreaPopulation> byCode = new HashMap<>();
    private final Map<String, List<AreaPopulation>> buurtenByDistrict = new HashMap<>();

    public PopulationLookup(List<AreaPopulation> population) {
        for (AreaPopulation area : population) {
            byCode.put(area.areaCode(), area);
            if (area.areaCode().startsWith("BU") && area.areaCode().length() == 10) {
                buurtenByDistrict.computeIfAbsent(AreaCodes.districtOf(area.areaCode()), k -> new ArrayList<>())
                        .add(area);
            }
        }
    }

    public Optional<AreaPopulation> of(String areaCode, String areaName) {
        AreaPopulation direct = byCode.get(areaCode);
        if (direct != null) {
            return Optional.of(direct);
        }
        List<AreaPopulation> buurten = buurtenByDistrict.getOrDefault(areaCode, List.of());
        if (buurten.isEmpty()) {
            return Optional.empty();
        }
        AreaPopulation first = buurten.getFirst();
        long sum = buurten.stream().mapToLong(AreaPopulation::count).sum();
        return Optional.of(new AreaPopulation(areaCode, areaName, sum, first.basis(),
                first.source() + ", opgeteld uit " + buurten.size() + " buurten"));
    }

    public Optional<AreaPopulation> direct(String areaCode) {
        return Optional.ofNullable(byCode.get(areaCode));
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }
}
