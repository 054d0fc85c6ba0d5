package nl.stemwerk.app.election;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.ElectionCategory;
import nl.stemwerk.kieswet.election.ElectionDomain;
import nl.stemwerk.kieswet.election.Gender;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;
import tools.jackson.databind.json.JsonMapper;

/**
 * An election with its lists, candidates and polling stations in a small JSON file, the shape of the demo data in
 * {@code demo/west-maas-en-waal/gr2022-verkiezing.json} (derived from the real EML 230b and osv4-3 files). The EML
 * import will replace it as the way elections come in.
 */
public final class ElectionJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ElectionJson() {
    }

    /** What the file holds: the election and its polling stations. */
    public record Contents(Election election, List<PollingStation> stations) {
    }

    public static Contents read(InputStream in) {
        try {
            File file = JSON.readValue(in.readAllBytes(), File.class);
            ElectionPart e = file.election();
            Election election = new Election(e.identifier(), e.name(), ElectionCategory.fromEmlCode(e.category()),
                    e.subcategory(), new ElectionDomain(e.domain().code(), e.domain().name()), e.electionDate(),
                    e.nominationDate(), e.seats(), file.lists().stream().map(ListPart::toGroup).toList());
            return new Contents(election, file.pollingStations().stream().map(StationPart::toStation).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record File(ElectionPart election, List<ListPart> lists, List<StationPart> pollingStations) {
    }

    record ElectionPart(String identifier, String name, String category, String subcategory, DomainPart domain,
                        LocalDate electionDate, LocalDate nominationDate, int seats) {
    }

    record DomainPart(String code, String name) {
    }

    record ListPart(int number, String name, List<CandidatePart> candidates) {
        PoliticalGroup toGroup() {
            return new PoliticalGroup(number, name, candidates.stream().map(CandidatePart::toCandidate).toList());
        }
    }

    record CandidatePart(int number, String initials, String firstName, String prefix, String lastName, String gender,
                         String locality) {
        Candidate toCandidate() {
            return new Candidate(number, initials, firstName, prefix, lastName, gender(gender), locality);
        }

        private static Gender gender(String eml) {
            return switch (eml == null ? "" : eml.toLowerCase(Locale.ROOT)) {
                case "male" -> Gender.MALE;
                case "female" -> Gender.FEMALE;
                case "x" -> Gender.X;
                default -> Gender.UNKNOWN;
            };
        }
    }

    record StationPart(int number, String name, String postcode, Long voters) {
        PollingStation toStation() {
            return new PollingStation(number, name, postcode, PollingStationType.FIXED,
                    voters == null ? OptionalLong.empty() : OptionalLong.of(voters));
        }
    }
}
