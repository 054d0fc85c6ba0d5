package nl.stemwerk.app.dataentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.check.EntryChecks;
import nl.stemwerk.kieswet.entry.Count;
import nl.stemwerk.kieswet.entry.EntryModel;
import nl.stemwerk.kieswet.entry.ReportEntry;
import nl.stemwerk.kieswet.entry.YesNo;
import org.junit.jupiter.api.Test;

/** What is stored and what the form posts are the same names and values; decoding gives back what was typed. */
class EntryCodecTest {
    private static final EntryShape CSO = new EntryShape(EntryModel.GSB_CSO, Map.of(1, 3, 2, 2));

    @Test
    void aTypedEntryComesBackExactlyAsTyped() {
        ReportEntry entry = EntryCodec.decode(CSO, SmallCount.valid());

        assertThat(EntryCodec.decode(CSO, EntryCodec.encode(entry))).isEqualTo(entry);
        assertThat(EntryCodec.encode(entry)).containsAllEntriesOf(SmallCount.valid());
        assertThat(EntryChecks.check(entry).codes()).isEmpty();
    }

    @Test
    void anEmptyBoxStaysApartFromZeroAndBothAnswersStayBoth() {
        ReportEntry entry = EntryCodec.decode(CSO, SmallCount.with("F", "", "G", "0", "B1-2.differencePerList",
                "ja en nee"));
        ReportEntry.GsbCsoEntry cso = (ReportEntry.GsbCsoEntry) entry;

        assertThat(cso.votes().blank()).isEqualTo(Count.EMPTY);
        assertThat(cso.votes().invalid()).isEqualTo(Count.of(0));
        assertThat(cso.countingDifferences().differencePerList()).isEqualTo(YesNo.BOTH);
        assertThat(EntryChecks.check(entry).codes()).extracting(Enum::name).contains("F112");
    }

    @Test
    void everyModelRoundTrips() {
        for (EntryModel model : EntryModel.values()) {
            EntryShape shape = new EntryShape(model, Map.of(1, 3, 2, 2));
            Map<String, String> values = new LinkedHashMap<>(SmallCount.valid());
            values.put("eligibleVoters", "120");
            values.put("I", "0");
            ReportEntry entry = EntryCodec.decode(shape, values);

            assertThat(entry.model()).isEqualTo(model);
            assertThat(EntryCodec.decode(shape, EntryCodec.encode(entry))).isEqualTo(entry);
        }
    }

    @Test
    void lettersAndTooManyDigitsAreRefusedWithTheBoxNamed() {
        assertThatThrownBy(() -> EntryCodec.decode(CSO, SmallCount.with("list.2.candidate.1", "3O", "H", "1234567890")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("list.2.candidate.1", "Vak lijst 2, kandidaat 1: typ alleen cijfers. U typte '3O'.")
                        .containsEntry("H", "Vak H: dit getal is te groot (1234567890)."));
    }

    @Test
    void boxesHaveTheNamesOfficialsUse() {
        assertThat(FieldLabels.shortName("list.3.candidate.12")).isEqualTo("lijst 3, kandidaat 12");
        assertThat(FieldLabels.shortName("list.3.total")).isEqualTo("totaal lijst 3");
        assertThat(FieldLabels.shortName("E.3")).isEqualTo("E.3");
        assertThat(FieldLabels.shortName("H>D")).isEqualTo("H > D");
        assertThat(FieldLabels.labelKey("E.3")).isEqualTo("entry.field.listTotal");
        assertThat(FieldLabels.labelKey("D=H")).isEqualTo("entry.field.DeH");
    }
}
