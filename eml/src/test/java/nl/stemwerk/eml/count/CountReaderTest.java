package nl.stemwerk.eml.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.SharedData;

class CountReaderTest {
    private final CountReader reader = new CountReader();

    /** Real case: GR2022 West Maas en Waal, key figures from shared/data/elections/SOURCES.md. */
    @Test
    void readsTheRealGr2022CountOfWestMaasEnWaalWithItsKeyFigures() throws IOException {
        Count count;
        try (InputStream in = SharedData.open(SharedData.GR2022_COUNT)) {
            count = reader.read(in, SharedData.name(SharedData.GR2022_COUNT));
        }
        assertThat(count.header().type()).isEqualTo(EmlMessageType.MUNICIPAL_COUNT);
        assertThat(count.header().election().id()).isEqualTo("GR2022_WestMaasenWaal");
        assertThat(count.header().election().subcategory()).isEqualTo("GR1");
        assertThat(count.header().header().authority().orElseThrow().id()).isEqualTo("0668");
        CountContest contest = count.contests().get(0);
        assertThat(contest.units()).hasSize(21);
        VoteCount totals = contest.totals().orElseThrow();
        assertThat(totals.cast()).isEqualTo(16_202);
        assertThat(totals.uncounted(UncountedReason.ADMITTED_VOTERS)).hasValue(9_398);
        assertThat(totals.totalCounted()).isEqualTo(9_350);
        assertThat(totals.blank()).isEqualTo(21);
        assertThat(totals.invalid()).isEqualTo(27);
        assertThat(totals.lists()).extracting(ListVotes::total)
                .containsExactly(1893L, 1345L, 1372L, 1157L, 941L, 972L, 999L, 671L);
        assertThat(totals.lists()).extracting(list -> list.candidates().size())
                .containsExactly(48, 28, 36, 44, 29, 20, 18, 28);
        ReportingUnitVotes first = contest.units().get(0);
        assertThat(first.unit().id()).isEqualTo("0668::SB1");
        assertThat(first.unit().pollingStationNumber()).hasValue(1);
        assertThat(first.votes().cast()).isEqualTo(1415);
    }

    /** Real case: TK2025 in West Maas en Waal, electoral district 6 (Nijmegen), 11 polling stations. */
    @Test
    void readsTheRealTk2025CountWithItsElectoralDistrict() throws IOException {
        Count count;
        try (InputStream in = SharedData.open(SharedData.TK2025_COUNT)) {
            count = reader.read(in, "telling.xml");
        }
        CountContest contest = count.contests().get(0);
        assertThat(contest.contest().id()).isEqualTo("6");
        assertThat(contest.contest().name()).isEqualTo("Nijmegen");
        assertThat(contest.units()).hasSize(11);
        assertThat(contest.totals().orElseThrow().cast()).isEqualTo(16_290);
        assertThat(contest.units()).allMatch(unit -> unit.votes().cast() == 0);
    }

    @Test
    void streamingHandsOverEveryReportingUnitInFileOrder() throws IOException {
        List<String> seen = new ArrayList<>();
        CountOverview overview;
        try (InputStream in = SharedData.open(SharedData.GR2022_COUNT)) {
            overview = reader.stream(in, "telling.xml", (contest, votes) -> seen.add(votes.unit().id()));
        }
        assertThat(overview.numberOfReportingUnits()).isEqualTo(21);
        assertThat(seen).hasSize(21).startsWith("0668::SB1", "0668::SB2").endsWith("0668::SB121");
    }

    /** rust-eml-nl's samples: a 510b of one unit, and a 510d of a central committee. */
    @Test
    void readsTheSampleCountsOfTheKiesraadEmlLibrary() throws IOException {
        Count municipal;
        try (InputStream in = SharedData.open(SharedData.RUST_EML + "deserialize_eml510b_test.eml.xml")) {
            municipal = reader.read(in, "510b.xml");
        }
        assertThat(municipal.header().type()).isEqualTo(EmlMessageType.MUNICIPAL_COUNT);
        Count total;
        try (InputStream in = SharedData.open(SharedData.RUST_EML + "deserialize_eml510d_test.eml.xml")) {
            total = reader.read(in, "510d.xml");
        }
        assertThat(total.header().type()).isEqualTo(EmlMessageType.TOTAL_COUNT);
        assertThat(total.contests().get(0).units().get(0).unit().pollingStationNumber()).isEmpty();
        assertThat(total.contests().get(0).totals().orElseThrow().lists().get(0).candidates())
                .containsExactly(new CandidateCount(1, 50), new CandidateCount(2, 50));
    }

    /**
     * rust-eml-nl's 510b with investigations puts them before the votes, where the strict schema has them after:
     * the strict import refuses it, and with validation off the investigations are read.
     */
    @Test
    void investigationsOutOfPlaceAreRefusedByTheStrictSchemaButReadWithoutIt() throws IOException {
        String file = SharedData.RUST_EML + "eml510b_with_investigations.eml.xml";
        try (InputStream in = SharedData.open(file)) {
            EmlException refused = catchThrowableOfType(EmlException.class, () -> reader.read(in, "onderzoek.xml"));
            assertThat(refused.code()).isEqualTo(EmlErrorCode.SCHEMA_VIOLATION);
            assertThat(refused.line()).hasValue(48);
            assertThat(refused.problem()).contains("<ReportingUnitInvestigations>");
        }
        Count count;
        try (InputStream in = SharedData.open(file)) {
            count = new CountReader(EmlReadOptions.defaults().withSchemaValidation(false))
                    .read(in, "onderzoek.xml");
        }
        assertThat(count.contests().get(0).units().get(0).investigations()).containsExactly(
                new Investigation(InvestigationReason.ADMITTED_VOTERS_REESTABLISHED, true),
                new Investigation(InvestigationReason.OTHER_REASON, false),
                new Investigation(InvestigationReason.BALLOTS_PARTIALLY_RECOUNTED, false));
    }
}
