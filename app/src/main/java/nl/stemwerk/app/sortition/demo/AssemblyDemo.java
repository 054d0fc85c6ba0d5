package nl.stemwerk.app.sortition.demo;

import nl.stemwerk.app.platform.demo.DemoSeedStep;
import nl.stemwerk.app.sortition.web.AssemblyService;
import org.springframework.stereotype.Component;

/**
 * One burgerberaad of West Maas en Waal for the demo, with a generated pool ({@link DemoPool}). Its lottery is not
 * computed here: the seed runs before the server takes requests, and running it is what the griffie should try
 * (decision 0024).
 */
@Component
class AssemblyDemo implements DemoSeedStep {
    static final String NAME = "Burgerberaad Maas en Waal 2040";

    private final AssemblyService assemblies;

    AssemblyDemo(AssemblyService assemblies) {
        this.assemblies = assemblies;
    }

    @Override
    public String id() {
        return "sortition.west-maas-en-waal";
    }

    @Override
    public int order() {
        return 420;
    }

    @Override
    public void seed() {
        assemblies.create(NAME, Integer.toString(DemoPool.PANEL_SIZE), false, "quota-burgerberaad.csv",
                DemoPool.quotas(), "aanmeldingen-burgerberaad.csv", DemoPool.pool());
    }
}
