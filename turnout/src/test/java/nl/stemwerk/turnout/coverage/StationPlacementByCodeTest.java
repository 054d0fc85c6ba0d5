package nl.stemwerk.turnout.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.Synthetic;
import nl.stemwerk.turnout.figures.Reason;
import nl.stemwerk.turnout.figures.ReasonCode;
import nl.stemwerk.turnout.station.Accessibility;
import nl.stemwerk.turnout.station.Address;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationListing;
import nl.stemwerk.turnout.station.StationStop;
import org.junit.jupiter.api.Test;

class StationPlacementByCodeTest {

    private static StationListing withoutCoordinates(int number, Optional<String> wijk, Optional<String> buurt) {
        return new StationListing(Optional.of("GM0999"), number, "Zonder coördinaten", PollingStationType.FIXED,
                List.of(new StationStop(Address.none(), Optional.empty(), Synthetic.allDay(), Accessibility.unknown(),
                        wijk, buurt, number)));
    }

    /** A national station file may hold other municipalities' stations; they are no option for these voters. */
    @Test
    void stationsOfAnotherMunicipalityAreLeftOut() {
        StationListing elsewhere = new StationListing(Optional.of("GM0268"), 7, "Over de grens",
                PollingStationType.FIXED, List.of(new StationStop(Address.none(),
                Optional.of(Synthetic.point(2, 0.5, 0.5)), Synthetic.allDay(), Accessibility.unknown(),
                Optional.empty(), Optional.empty(), 7)));

        CoverageInput input = new CoverageInput("GM0999", Synthetic.DAY, Synthetic.grid(2), List.of(), List.of(),
                new StationList(List.of(elsewhere, Synthetic.fixedStation(1, Synthetic.point(2, 0.1, 0.1))), List.of()),
                Optional.empty());

        assertThat(input.stations().stations()).extracting(StationListing::number).containsExactly(1);
    }

    /** The open-data "CBS Wijknummer" (or the wijk part of "CBS Buurtnummer") places a station without coordinates. */
    @Test
    void aStationWithoutCoordinatesIsPlacedByItsWijkOrBuurtCode() {
        StationList stations = new StationList(List.of(
                withoutCoordinates(1, Optional.of("WK099911"), Optional.empty()),
                withoutCoordinates(2, Optional.empty(), Optional.of("BU09991101")),
                withoutCoordinates(3, Optional.empty(), Optional.empty())), List.of());

        Grouping grouping = AreaCoverage.of(new CoverageInput("GM0999", Synthetic.DAY, Synthetic.grid(2), List.of(),
                List.of(), stations, Optional.empty()));

        assertThat(grouping.area("WK099911").orElseThrow().electionDayStations().toOptional())
                .contains(new BigDecimal("2.00"));
        assertThat(grouping.area("WK099900").orElseThrow().electionDayStations().caveats()).extracting(Reason::message)
                .singleElement().asString().startsWith("Stembureau 3 kon niet in een wijk worden geplaatst");
        assertThat(grouping.area("WK099911").orElseThrow().distance().whyUnknown()).map(Reason::code)
                .as("codes place a station in an area, but give no point to measure from")
                .contains(ReasonCode.STATION_LOCATIONS_UNKNOWN);
    }
}
