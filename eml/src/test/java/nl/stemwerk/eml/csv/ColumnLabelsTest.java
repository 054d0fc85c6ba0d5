package nl.stemwerk.eml.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.stemwerk.eml.count.ReportingUnit;

/** The column headers eml2csv derives from a reporting unit; the first row is real (GR2022, West Maas en Waal). */
class ColumnLabelsTest {
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "0668::SB1 | Stembureau Dorpshuis De Hucht (postcode: 6626 AC) | Dorpshuis De Hucht | 1 | 6626 AC",
            "0668::SB112 | Stembureau Gemeentehuis (maandag) (postcode: 6658 AG) | Gemeentehuis (maandag) | 112 | 6658 AG",
            "0518::SB3 | Briefstembureau Stembureau Den Haag | Den Haag | 3 | ''",
            "HSB1::0668::SB4 | Mobiel stembureau | Mobiel stembureau | HSB1::0668::SB4 | ''",
            "0668 | Gemeente West Maas en Waal | Gemeente West Maas en Waal | 0668 | ''"})
    void derivesNameNumberAndPostcodeAsTheKiesraadsEml2csvDoes(String id, String name, String column,
                                                             String number, String postcode) {
        assertThat(ColumnLabels.of(new ReportingUnit(id, name, Optional.empty())))
                .isEqualTo(new ColumnLabels(column, number, postcode));
    }
}
