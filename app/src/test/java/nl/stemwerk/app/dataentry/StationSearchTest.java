package nl.stemwerk.app.dataentry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StationSearchTest {

    @Test
    void aNumberInTheSearchMatchesExactlyThatStationNumber() {
        StationSearch search = StationSearch.of("stembureau 17");

        assertThat(search.matches(17, "Gemeentehuis")).isTrue();
        assertThat(search.matches(170, "Stembureau 170")).isFalse();
        assertThat(search.matches(1, "Stembureau 17 ligt ergens anders")).isFalse();
    }

    @Test
    void textWithoutANumberMatchesPartOfTheNameWhateverTheCase() {
        StationSearch search = StationSearch.of("  DORPSHUIS ");

        assertThat(search.matches(3, "Het Dorpshuis, Wamel")).isTrue();
        assertThat(search.matches(4, "Gemeentehuis")).isFalse();
    }

    @Test
    void anEmptySearchMatchesEveryStation() {
        assertThat(StationSearch.of("").isEmpty()).isTrue();
        assertThat(StationSearch.of(null).matches(9, "Sporthal")).isTrue();
        assertThat(StationSearch.of("sb 009").number()).isEqualTo(9);
    }
}
