package nl.stemwerk.sortition.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.testing.SharedData;

class QuotaCsvTest {

    @Test
    void thePaperLayoutReadsFeatureAsTheValue() {
        Quotas quotas = QuotaCsv.read(SharedData.reader("example_small_20/categories.csv"), "categories.csv");

        assertThat(quotas.quotas()).containsExactly(new Quota("gender", "female", 9, 20),
                new Quota("gender", "male", 9, 20), new Quota("leaning", "liberal", 9, 20),
                new Quota("leaning", "conservative", 9, 20));
    }

    @Test
    void theSortitionFoundationLayoutReadsFeatureAsTheCategoryAndIgnoresFlex() {
        Quotas quotas = QuotaCsv.read(SharedData.reader("sortition_algorithms_fixture_150/features.csv"),
                "features.csv");

        assertThat(quotas.size()).isEqualTo(20);
        assertThat(quotas.categories()).containsExactly("Gender", "age_bracket", "edu_level", "geo_bucket");
        assertThat(quotas.find("geo_bucket", "Highlands and Islands")).contains(
                new Quota("geo_bucket", "Highlands and Islands", 2, 5));
    }

    @Test
    void dutchColumnNamesWork() {
        Quotas quotas = QuotaCsv.read(new StringReader("""
                kenmerk;waarde;minimum;maximum
                leeftijd;16-29;3;5
                leeftijd;30+;5;7
                """), "quota.csv");

        assertThat(quotas.of("leeftijd")).containsExactly(new Quota("leeftijd", "16-29", 3, 5),
                new Quota("leeftijd", "30+", 5, 7));
    }

    @Test
    void theOldSortitionFoundationNamesCategoryAndNameWork() {
        Quotas quotas = QuotaCsv.read(new StringReader("category,name,min,max\nwijk,Oost,1,2\n"), "q.csv");

        assertThat(quotas.quotas()).containsExactly(new Quota("wijk", "Oost", 1, 2));
    }

    @Test
    void everyBadCellIsReportedWithFileLineAndColumn() {
        assertThatThrownBy(() -> QuotaCsv.read(new StringReader("""
                categorie,waarde,min,max
                wijk,Oost,twee,3
                wijk,West,4,3
                wijk,Oost,1,2
                """), "quota.csv"))
                .isInstanceOfSatisfying(SortitionException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.code() + " " + problem.message())
                        .containsExactly(
                                "CSV_NOT_A_NUMBER quota.csv, regel 2, kolom 'min': 'twee' is geen heel getal van 0 of meer.",
                                "QUOTA_MIN_ABOVE_MAX quota.csv, regel 3, kolom 'min': het minimum 4 ligt boven het maximum 3.",
                                "QUOTA_DUPLICATE quota.csv, regel 4, kolom 'waarde': wijk = Oost staat al op een eerdere regel."));
    }

    @Test
    void aMissingColumnListsTheAcceptedNames() {
        assertThatThrownBy(() -> QuotaCsv.read(new StringReader("categorie,waarde,min\nwijk,Oost,1\n"), "q.csv"))
                .isInstanceOfSatisfying(SortitionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.CSV_MISSING_COLUMN);
                    assertThat(e.getMessage()).contains("het maximum").contains("max, maximum");
                });
    }
}
