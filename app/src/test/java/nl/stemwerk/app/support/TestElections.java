package nl.stemwerk.app.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.ElectionCategory;
import nl.stemwerk.kieswet.election.ElectionDomain;
import nl.stemwerk.kieswet.election.Gender;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;

/**
 * Small elections of the demo municipality (West Maas en Waal, 0668) for tests that share one database: each gets
 * its own identifier.
 */
public final class TestElections {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestElections() {
    }

    /** A new identifier, unique within this test run. */
    public static String identifier(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
    }

    /** The demo election (West Maas en Waal GR2022, its real lists and candidates) under a new identifier. */
    public static Election demoCopy(nl.stemwerk.app.election.ElectionService elections, String identifier) {
        Election demo = elections.get(elections.list().stream()
                .filter(e -> e.identifier().equals("GR2022_WestMaasenWaal")).findFirst().orElseThrow().id()).election();
        return new Election(identifier, "Testverkiezing " + identifier, demo.category(), demo.subcategory(),
                demo.domain(), demo.electionDate(), demo.nominationDate(), demo.numberOfSeats(), demo.politicalGroups());
    }

    /** An election of West Maas en Waal with {@code seats} seats and lists of the given numbers of candidates. */
    public static Election election(String identifier, int seats, int... candidatesPerList) {
        return election(identifier, "0668", seats, candidatesPerList);
    }

    public static Election election(String identifier, String municipalityCode, int seats, int... candidatesPerList) {
        List<PoliticalGroup> lists = new ArrayList<>();
        for (int l = 0; l < candidatesPerList.length; l++) {
            int list = l + 1;
            lists.add(new PoliticalGroup(list, "Partij " + (char) ('A' + l), IntStream.rangeClosed(1, candidatesPerList[l])
                    .mapToObj(c -> new Candidate(c, "K." + list, "Kandidaat", "", "Lijst" + list + "nr" + c, Gender.UNKNOWN,
                            "Wamel")).toList()));
        }
        return new Election(identifier, "Testverkiezing " + identifier, ElectionCategory.MUNICIPAL_COUNCIL, "GR1",
                new ElectionDomain(municipalityCode, "West Maas en Waal"), LocalDate.of(2026, 3, 18),
                LocalDate.of(2026, 2, 2), seats, lists);
    }

    /** Polling stations with these numbers (existing demo stations or new ones). */
    public static List<PollingStation> stations(int... numbers) {
        return IntStream.of(numbers).mapToObj(n -> new PollingStation(n, "Stembureau " + n, "6658 AG",
                PollingStationType.FIXED, OptionalLong.of(1000))).toList();
    }
}
