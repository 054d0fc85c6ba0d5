package nl.stemwerk.app.election.importedcount;

import nl.stemwerk.app.election.DemoElection;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.ElectionSummary;
import nl.stemwerk.app.election.emlfile.UploadedFile;
import nl.stemwerk.app.platform.demo.DemoSeedStep;
import org.springframework.stereotype.Component;

/**
 * The real count of the demo election, per polling station, from the 510b West Maas en Waal produced for GR2022:
 * an imported count, apart from the counts the demo typists enter. A step of its own, so that a demo database seeded
 * before it existed gets the count too.
 */
@Component
class DemoImportedCount implements DemoSeedStep {
    private static final String ELECTION = "GR2022_WestMaasenWaal";

    private final ElectionService elections;
    private final ImportedCounts counts;

    DemoImportedCount(ElectionService elections, ImportedCounts counts) {
        this.elections = elections;
        this.counts = counts;
    }

    @Override
    public String id() {
        return "elections.west-maas-en-waal-gr2022-telling";
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public void seed() {
        long election = elections.list().stream().filter(e -> e.identifier().equals(ELECTION)).findFirst()
                .map(ElectionSummary::id)
                .orElseThrow(() -> new IllegalStateException("demo election " + ELECTION + " missing"));
        counts.importFile(election, UploadedFile.fromClassPath(DemoElection.FOLDER, DemoElection.COUNT),
                DemoElection.SOURCE);
    }
}
