package nl.stemwerk.sortition.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HouseholdKeyTest {

    @Test
    void spellingDifferencesInTheSameAddressGiveTheSameKey() {
        assertThat(HouseholdKey.of(List.of(" Dorpsstraat  12a ", "1234 ab")))
                .isEqualTo(HouseholdKey.of(List.of("dorpsstraat 12A", "1234AB")));
    }

    @Test
    void differentHouseNumbersGiveDifferentKeys() {
        assertThat(HouseholdKey.of(List.of("Dorpsstraat 12", "1234AB")))
                .isNotEqualTo(HouseholdKey.of(List.of("Dorpsstraat 14", "1234AB")));
    }

    @Test
    void blankAddressesTieNobodyTogether() {
        assertThat(HouseholdKey.of(List.of(" ", ""))).isEmpty();
    }
}
