package nl.stemwerk.app.sortition.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stemwerk.app.sortition.web.AssemblyPagePart;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.app.sortition.web.StoredAssembly;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Adds the latest run ({@code run}) and, once a lottery is stored, the comparison with LEGACY ({@code comparison})
 * to a burgerberaad's overview. The comparison is kept per result hash: the hash covers the problem and the lottery,
 * and the LEGACY estimate has a fixed seed, so a kept comparison is the one that would be computed again.
 */
@Component
class RunPagePart implements AssemblyPagePart {
    private static final int KEPT = 16;

    private final RunService runs;
    private final AssemblyService assemblies;
    private final Map<String, FairnessComparison> comparisons = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, FairnessComparison> eldest) {
                    return size() > KEPT;
                }
            });

    RunPagePart(RunService runs, AssemblyService assemblies) {
        this.runs = runs;
        this.assemblies = assemblies;
    }

    @Override
    public void addTo(StoredAssembly assembly, Model model) {
        runs.latest(assembly.id()).ifPresent(run -> model.addAttribute("run", run));
        assembly.resultHash().ifPresent(hash -> model.addAttribute("comparison", comparisons.computeIfAbsent(hash,
                key -> FairnessComparison.of(assemblies.lottery(assembly)))));
    }
}
