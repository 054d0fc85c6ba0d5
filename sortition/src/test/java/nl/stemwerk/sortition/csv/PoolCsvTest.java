package nl.stemwerk.sortition.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.testing.SharedData;

class PoolCsvTest {
    private static final Quotas QUOTAS = QuotaCsv.read(new StringReader("""
            categorie,waarde,min,max
            geslacht,vrouw,1,2
            geslacht,man,1,2
            """), "quota.csv");

    @Test
    void respondentsWithoutIdColumnGetTheirRowNumber() {
        SelectionProblem problem = SharedData.paperInstance("example_small_20");

        assertThat(problem.pool().size()).isEqualTo(200);
        assertThat(problem.pool().volunteers().getFirst())
                .isEqualTo(new Volunteer("1", Map.of("gender", "female", "leaning", "conservative")));
    }

    @Test
    void theSortitionFoundationCandidatesKeepTheirIdsAndAddresses() {
        Pool pool = SharedData.sortitionFoundationFixture().pool();

        assertThat(pool.size()).isEqualTo(150);
        Volunteer first = pool.volunteers().getFirst();
        assertThat(first.id()).isEqualTo("p0");
        assertThat(first.features()).containsEntry("Gender", "Male").containsEntry("geo_bucket", "South Scotland");
        assertThat(first.household()).isEqualTo("PRIMARY_ADDRESS10|PRIMARY_ZIP0");
    }

    @Test
    void dutchColumnsGiveIdsAndHouseholdsAndContactColumnsAreIgnored() {
        Pool pool = PoolCsv.read(new StringReader("""
                nummer;naam;geslacht;adres;postcode
                a1;Jan;man;Dorpsstraat 1;1234 AB
                a2;Piet;Man;dorpsstraat  1;1234ab
                a3;Els;vrouw;Kerkweg 2;1234 AC
                """), "aanmelders.csv", QUOTAS, PoolCsvOptions.detect());

        assertThat(pool.volunteers()).extracting(Volunteer::id).containsExactly("a1", "a2", "a3");
        assertThat(pool.volunteers().get(1).value("geslacht")).as("case is matched to the quota").isEqualTo("man");
        assertThat(pool.volunteers().get(0).household()).isEqualTo(pool.volunteers().get(1).household());
        assertThat(pool.volunteers().get(2).household()).isNotEqualTo(pool.volunteers().get(0).household());
        assertThat(pool.volunteers().getFirst().features()).doesNotContainKey("naam");
    }

    @Test
    void unknownAndEmptyValuesAreReportedWithRowColumnAndKnownValues() {
        assertThatThrownBy(() -> PoolCsv.read(new StringReader("id,geslacht\nx1,anders\nx2,\n"), "pool.csv",
                QUOTAS, PoolCsvOptions.detect()))
                .isInstanceOfSatisfying(SortitionException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.code() + " " + problem.message())
                        .containsExactly("VOLUNTEER_UNKNOWN_VALUE pool.csv, regel 2, kolom 'geslacht': de waarde"
                                        + " 'anders' staat niet in de quota. Bekende waarden: vrouw, man.",
                                "VOLUNTEER_MISSING_VALUE pool.csv, regel 3, kolom 'geslacht': deze cel is leeg."
                                        + " Vul een van deze waarden in: vrouw, man."));
    }

    @Test
    void aMissingCategoryColumnAndDuplicateIdsAreRejected() {
        assertThatThrownBy(() -> PoolCsv.read(new StringReader("id,leeftijd\nx1,30\n"), "pool.csv", QUOTAS,
                PoolCsvOptions.detect()))
                .isInstanceOfSatisfying(SortitionException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.CSV_MISSING_COLUMN));
        assertThatThrownBy(() -> PoolCsv.read(new StringReader("id,geslacht\nx1,man\nx1,vrouw\n"), "pool.csv",
                QUOTAS, PoolCsvOptions.detect()))
                .isInstanceOfSatisfying(SortitionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.VOLUNTEER_DUPLICATE_ID);
                    assertThat(e.getMessage()).contains("'x1'");
                });
    }

    @Test
    void anExplicitIdColumnAndAddressColumnsOverrideDetection() {
        Pool pool = PoolCsv.read(new StringReader("id,code,geslacht,straat,huis\n1,c9,man,A,1\n2,c8,man,A,1\n"),
                "pool.csv", QUOTAS, PoolCsvOptions.detect().withIdColumn("code")
                        .withAddressColumns(List.of("straat", "huis")));

        assertThat(pool.volunteers()).extracting(Volunteer::id).containsExactly("c9", "c8");
        assertThat(pool.volunteers().getFirst().household()).isEqualTo("A|1");
    }
}
