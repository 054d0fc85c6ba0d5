package nl.stemwerk.app.election;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.election.emlfile.UploadedFile;
import nl.stemwerk.app.election.importing.EmlImportService;
import nl.stemwerk.app.platform.demo.DemoSeedStep;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.candidates.CandidateListsReader;
import nl.stemwerk.eml.check.EmlConsistency;
import nl.stemwerk.eml.count.CountHeader;
import nl.stemwerk.eml.count.CountListener;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import nl.stemwerk.eml.definition.ElectionDefinition;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;
import org.springframework.stereotype.Component;

/**
 * The demo election: the GR2022 council election of West Maas en Waal (17 seats, 8 lists, 251 candidates, 21
 * polling stations) from the real EML files the municipality produced: the candidate lists (230b) and the count
 * (510b). There is no 110a in the public data, so the definition is built from what the 230b and 510b say plus the
 * council size (see {@link #SEATS}). Counted centrally, with the same two typists assigned to both sessions and the
 * sessions' place, date and time filled in, so a coordinator can start entering at once. The real count itself is
 * added as an imported count by the next seed step.
 */
@Component
public class DemoElection implements DemoSeedStep {
    public static final String FOLDER = "/demo/west-maas-en-waal/";
    static final String CANDIDATE_LISTS = "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml";
    public static final String COUNT = "Telling_GR2022_WestMaasenWaal.eml.xml";
    /** Where the demo files come from, as kept with each file and in the audit log. */
    public static final String SOURCE = "demo: github.com/kiesraad/eml2csv c6245632 tests/ (EUPL-1.2)";
    /**
     * Gemeentewet art. 8 lid 1: 17 council members for 15,001–20,000 inhabitants, counted (art. 1 lid 2) on 1 January
     * of the year before the election; West Maas en Waal had fewer than 20,000 then. The 230b's subcategory GR1 (fewer
     * than 19 seats) agrees. See docs/decisions/0011-demo-election-from-eml.md.
     *
     * @see <a href="https://wetten.overheid.nl/jci1.3:c:BWBR0005416&artikel=8&z=2022-01-01&g=2022-01-01">Gemeentewet art. 8</a>
     */
    static final int SEATS = 17;
    /**
     * Kieswet art. P 15: a candidate needs half the quota in a body of fewer than 19 seats (a quarter otherwise).
     *
     * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf3_ArtikelP15">Kieswet art. P 15</a>
     */
    static final int PREFERENCE_THRESHOLD = 50;
    private static final Pattern UNIT_NAME = Pattern.compile("^(?:Stembureau )?(.*?)(?: \\(postcode: (\\d{4} ?[A-Z]{2})\\))?$");

    private final EmlImportService imports;
    private final CommitteeSessionService sessions;

    DemoElection(EmlImportService imports, CommitteeSessionService sessions) {
        this.imports = imports;
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
        Contents contents = contents();
        long id = imports.storeElection(contents.election(), CountingMethod.CSO, contents.stations(), List.of(
                new EmlImportService.ImportedFile(EmlMessageType.CANDIDATE_LISTS, contents.candidateLists(), SOURCE)));
        CommitteeSession gsb = sessions.latest(id, Committee.GSB);
        gsb = sessions.changeDetails(gsb.id(), gsb.version(), "Raadzaal, gemeentehuis Beneden-Leeuwen",
                LocalDate.of(2022, 3, 17), LocalTime.of(9, 0));
        sessions.assignTypists(gsb.id(), gsb.version(), List.of("invoerder1", "invoerder2"));
        CommitteeSession csb = sessions.latest(id, Committee.CSB);
        csb = sessions.changeDetails(csb.id(), csb.version(), "Raadzaal, gemeentehuis Beneden-Leeuwen",
                LocalDate.of(2022, 3, 21), LocalTime.of(10, 0));
        sessions.assignTypists(csb.id(), csb.version(), List.of("invoerder1", "invoerder2"));
    }

    /** What the demo files give: the election, its polling stations and the 230b it came from. */
    record Contents(Election election, List<PollingStation> stations, UploadedFile candidateLists) {
    }

    static Contents contents() {
        UploadedFile listsFile = UploadedFile.fromClassPath(FOLDER, CANDIDATE_LISTS);
        CandidateLists lists = new CandidateListsReader().read(new ByteArrayInputStream(listsFile.content()),
                listsFile.fileName());
        ElectionDefinition definition = new ElectionDefinition(lists.header(), lists.election(), ContestIdentity.NONE,
                SEATS, PREFERENCE_THRESHOLD, List.of(),
                lists.contests().getFirst().politicalGroups().stream().map(PoliticalGroup::name).toList());
        List<PollingStation> stations = new ArrayList<>();
        UploadedFile count = UploadedFile.fromClassPath(FOLDER, COUNT);
        new CountReader().stream(new ByteArrayInputStream(count.content()), count.fileName(), new CountListener() {
            @Override
            public void header(CountHeader header) {
                EmlConsistency.check(definition, header, count.fileName());
            }

            @Override
            public void reportingUnit(ContestIdentity contest, ReportingUnitVotes unit) {
                stations.add(station(unit));
            }
        });
        Election election = definition.toElection(lists.contest(ContestIdentity.NONE.id()).orElseThrow(),
                "verkiezingsdefinitie uit " + CANDIDATE_LISTS);
        return new Contents(election, stations, listsFile);
    }

    /** A polling station as the 510b names it: "Stembureau Dorpshuis De Hucht (postcode: 6626 AC)", SB1. */
    static PollingStation station(ReportingUnitVotes unit) {
        Matcher name = UNIT_NAME.matcher(unit.unit().name());
        if (!name.matches()) {
            throw new IllegalStateException("unexpected reporting unit name " + unit.unit().name());
        }
        long voters = unit.votes().cast();
        return new PollingStation(unit.unit().pollingStationNumber().orElseThrow(), name.group(1),
                name.group(2) == null ? "" : name.group(2), unit.unit().type().orElse(PollingStationType.FIXED),
                voters > 0 ? OptionalLong.of(voters) : OptionalLong.empty());
    }
}
