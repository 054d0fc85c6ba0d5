package nl.stemwerk.turnout.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.stemwerk.turnout.Synthetic;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.figures.Ratio;

class PostcodeFiguresProperties {
    private static final List<String> POSTCODES = List.of("1211 AA", "1211 ZZ", "1217 JE", "1223 DA", "", "n.v.t.");

    record Column(String postcode, long called, long admitted, long proxies, long blank, boolean early) {
    }

    @Provide
    Arbitrary<List<Column>> columns() {
        Arbitrary<Column> column = Combinators.combine(Arbitraries.of(POSTCODES),
                Arbitraries.longs().between(0, 3_000), Arbitraries.longs().between(0, 1_000),
                Arbitraries.longs().between(0, 100), Arbitraries.longs().between(0, 10), Arbitraries.of(true, false))
                .as((postcode, extra, admitted, proxies, blank, early) -> new Column(postcode,
                        early ? 0 : admitted + extra, admitted, Math.min(proxies, admitted), Math.min(blank, admitted), early));
        return column.list().ofMinSize(1).ofMaxSize(30);
    }

    private static ElectionCount count(List<Column> columns) {
        List<StationCount> stations = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            stations.add(Synthetic.column(c.early ? 100 + i : i + 1, c.postcode, c.called, c.admitted, c.proxies,
                    c.blank, 0, c.early));
        }
        long called = stations.stream().mapToLong(StationCount::calledVoters).sum();
        return new ElectionCount("Gemeenteraad Proefdorp 2026", Synthetic.DAY, "GM0999", "Proefdorp",
                Math.max(called, 1), stations, List.of());
    }

    @Property(tries = 300)
    void postcodeAreasAndStationsWithoutPostcodeAddUpToTheMunicipality(@ForAll("columns") List<Column> columns) {
        ElectionCount count = count(columns);
        Grouping grouping = PostcodeFigures.of(count, List.of());

        long inAreas = grouping.areas().stream().mapToLong(a -> a.admittedVoters().toOptional().orElseThrow()).sum();
        long withoutPostcode = count.stations().stream().filter(s -> s.postcode().length() < 4 || !s.postcode().matches("\\d{4}.*"))
                .mapToLong(StationCount::admittedVoters).sum();
        assertThat(inAreas + withoutPostcode).isEqualTo(count.admittedVoters());
        BigDecimal stations = grouping.areas().stream().map(a -> a.electionDayStations().toOptional().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long electionDayWithPostcode = count.electionDayStations().stream().filter(s -> s.postcode().matches("\\d{4}.*")).count();
        assertThat(stations).isEqualByComparingTo(BigDecimal.valueOf(electionDayWithPostcode));
    }

    @Property(tries = 300)
    void turnoutAndSharesStayBetweenZeroAndOneWhenTheCountIsConsistent(@ForAll("columns") List<Column> columns) {
        Grouping grouping = PostcodeFigures.of(count(columns), List.of());

        for (AreaFigures area : grouping.areas()) {
            for (var share : List.of(area.turnout(), area.earlyVotingShare(), area.proxyShare())) {
                share.toOptional().map(Ratio::value).ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
            }
        }
        grouping.municipality().electionDayTurnout().toOptional().map(Ratio::value)
                .ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
    }
}
