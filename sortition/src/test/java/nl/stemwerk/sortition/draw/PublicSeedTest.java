package nl.stemwerk.sortition.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;

class PublicSeedTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {"0 873 415|0873415", "3-5-1-6-2-4|351624", "1.234.567|1234567",
            " 000123 |000123"})
    void separatorsAreDroppedAndLeadingZerosKept(String written, String digits) {
        assertThat(PublicSeed.parse(written).digits()).isEqualTo(digits);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"12a456", "3,14159", "", "--"})
    void anythingButDigitsIsRefusedInDutch(String written) {
        assertThatThrownBy(() -> PublicSeed.parse(written)).isInstanceOfSatisfying(SortitionException.class, e -> {
            assertThat(e.code()).isEqualTo(ProblemCode.SEED_INVALID);
            assertThat(e.getMessage()).contains("Het lotnummer");
        });
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"12345", "6 6 6"})
    void fewerThanSixDigitsAreTooFewOutcomes(String written) {
        assertThatThrownBy(() -> PublicSeed.parse(written)).isInstanceOfSatisfying(SortitionException.class,
                e -> assertThat(e.getMessage()).contains("minstens 6"));
    }
}
