package nl.stemwerk.app.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.stemwerk.app.StemwerkApplication;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.election.CountingMethod;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.platform.database.EmbeddedDatabase;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.support.StemwerkProcess;
import nl.stemwerk.app.support.TestElections;
import nl.stemwerk.app.users.UserService;
import nl.stemwerk.kieswet.election.PollingStation;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prepares a data folder before the measured run, through the services (so with audit rows), in this JVM: the demo
 * installation, the typists, an election of the demo municipality with one polling station per pair and round, and
 * its GSB session with entry started. Not measured.
 */
final class BenchSetup {
    static final String PASSWORD = "bench-wachtwoord-voor-invoer";
    private static final String SESSION_FILE = "zitting.txt";

    private BenchSetup() {
    }

    /**
     * As {@link #prepare}, or a copy of the database prepared before for as many typists, kept in the folder named by
     * the system property {@code stemwerk.bench.template} (a BCrypt hash per typist makes preparing take minutes).
     *
     * @return the id of the GSB session in which the typists enter
     */
    static long prepareOrCopy(Path dataDir, BenchPlan plan) throws IOException {
        String template = System.getProperty("stemwerk.bench.template");
        if (template == null) {
            return prepare(dataDir, plan);
        }
        Path saved = Path.of(template, plan.typists() + "-invoerders");
        if (!Files.exists(saved.resolve(SESSION_FILE))) {
            long session = prepare(dataDir, plan);
            copyTree(dataDir.resolve("postgres"), saved.resolve("postgres"));
            Files.writeString(saved.resolve(SESSION_FILE), Long.toString(session));
        }
        copyTree(saved.resolve("postgres"), dataDir.resolve("postgres"));
        return Long.parseLong(Files.readString(saved.resolve(SESSION_FILE)).strip());
    }

    /** Copies a stopped PostgreSQL data folder; with its permissions, as PostgreSQL refuses a folder others can read. */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (!Files.exists(target)) {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** @return the id of the GSB session in which the typists enter */
    static long prepare(Path dataDir, BenchPlan plan) {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0);
             ConfigurableApplicationContext app = StemwerkApplication.start(database.settings(),
                     StemwerkProcess.freePort(), false, dataDir.resolve("logs"), Map.of())) {
            UserService users = app.getBean(UserService.class);
            IntStream.rangeClosed(1, plan.typists()).parallel().forEach(t -> users.createWithPassword(typist(t),
                    "Invoerder " + t, EnumSet.of(Role.INVOERDER), PASSWORD, false));
            List<PollingStation> stations = TestElections.stations(IntStream.rangeClosed(1, plan.stations()).toArray());
            int[] candidates = IntStream.range(0, plan.lists()).map(l -> plan.candidatesPerList()).toArray();
            long election = app.getBean(ElectionService.class).store(TestElections.election(
                    TestElections.identifier("GR2026_BENCH"), 29, candidates), CountingMethod.CSO, stations);
            CommitteeSessionService sessions = app.getBean(CommitteeSessionService.class);
            CommitteeSession gsb = sessions.latest(election, Committee.GSB);
            gsb = sessions.assignTypists(gsb.id(), gsb.version(),
                    IntStream.rangeClosed(1, plan.typists()).mapToObj(BenchSetup::typist).toList());
            return sessions.startDataEntry(gsb.id(), gsb.version()).id();
        }
    }

    static String typist(int number) {
        return "bench-" + number;
    }

    /** The stations of pair {@code pair} (0-based), in the order both typists of the pair enter them. */
    static List<Integer> stationsOfPair(int pair, BenchPlan plan) {
        List<Integer> stations = new ArrayList<>();
        for (int round = 0; round < plan.stationsPerPair(); round++) {
            stations.add(pair + 1 + round * plan.pairs());
        }
        return stations;
    }
}
