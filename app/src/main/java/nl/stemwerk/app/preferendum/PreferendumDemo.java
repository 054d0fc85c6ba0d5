package nl.stemwerk.app.preferendum;

import java.util.List;
import nl.stemwerk.app.platform.demo.DemoSeedStep;
import org.springframework.stereotype.Component;

/** A preferendum of West Maas en Waal for the demo, open for votes. Made up; see demo/burgerbegroting/SOURCES.md. */
@Component
class PreferendumDemo implements DemoSeedStep {
    private final PreferendumService preferenda;

    PreferendumDemo(PreferendumService preferenda) {
        this.preferenda = preferenda;
    }

    @Override
    public String id() {
        return "preferendum.west-maas-en-waal";
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public void seed() {
        long id = preferenda.create("Wat moet er gebeuren met het oude postkantoor in Beneden-Leeuwen?",
                "Het gebouw staat leeg. De gemeenteraad wil weten wat inwoners van deze plannen vinden.", 0, 5,
                List.of("Een dorpshuis met ruimte voor verenigingen", "Woningen voor starters",
                        "Een bibliotheek met werkplekken", "Slopen en er een parkje van maken"));
        preferenda.open(id, preferenda.get(id).version());
    }
}
