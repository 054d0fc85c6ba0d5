package nl.stemwerk.app.election;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.platform.demo.DemoSeedStep;
import org.springframework.stereotype.Component;

/**
 * The demo election: the GR2022 council election of West Maas en Waal (17 seats, 8 lists, 251 candidates, 21
 * polling stations), counted centrally, with the same two typists assigned to both and the sessions' place, date and time filled in
 * so a coordinator can start entering at once.
 */
@Component
class DemoElection implements DemoSeedStep {
    static final String FILE = "/demo/west-maas-en-waal/gr2022-verkiezing.json";

    private final ElectionService elections;
    private final CommitteeSessionService sessions;

    DemoElection(ElectionService elections, CommitteeSessionService sessions) {
        this.elections = elections;
        this.sessions = sessions;
    }

    @Override
    public String id() {
        return "elections.west-maas-en-waal-gr2022";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed() {
        ElectionJson.Contents contents = contents();
        long id = elections.store(contents.election(), CountingMethod.CSO, contents.stations());
        CommitteeSession gsb = sessions.latest(id, Committee.GSB);
        gsb = sessions.changeDetails(gsb.id(), gsb.version(), "Raadzaal, gemeentehuis Beneden-Leeuwen",
                LocalDate.of(2022, 3, 17), LocalTime.of(9, 0));
        sessions.assignTypists(gsb.id(), gsb.version(), List.of("invoerder1", "invoerder2"));
        CommitteeSession csb = sessions.latest(id, Committee.CSB);
        csb = sessions.changeDetails(csb.id(), csb.version(), "Raadzaal, gemeentehuis Beneden-Leeuwen",
                LocalDate.of(2022, 3, 21), LocalTime.of(10, 0));
        sessions.assignTypists(csb.id(), csb.version(), List.of("invoerder1", "invoerder2"));
    }

    static ElectionJson.Contents contents() {
        try (InputStream in = DemoElection.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing: " + FILE);
            }
            return ElectionJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
