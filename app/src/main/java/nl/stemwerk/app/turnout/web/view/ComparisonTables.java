package nl.stemwerk.app.turnout.web.view;

import java.util.List;
import nl.stemwerk.app.turnout.web.table.TableBuilder;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.turnout.evaluation.AreaComparison;
import nl.stemwerk.turnout.evaluation.ProportionComparison;
import nl.stemwerk.turnout.evaluation.Verdict;
import nl.stemwerk.turnout.figures.Figure;

/** Two elections compared per area. */
public final class ComparisonTables {
    private ComparisonTables() {
    }

    public static TableView comparison(String caption, List<AreaComparison> comparisons) {
        TableBuilder table = new TableBuilder("vergelijking", caption).text("Code").text("Naam").number("Eerst (%)")
                .number("Daarna (%)").number("Verschil (procentpunt)").text("Conclusie").text("Uitleg");
        for (AreaComparison c : comparisons) {
            Figure<ProportionComparison> f = c.comparison();
            table.row().text(c.code()).text(c.name()).percent(f.map(ProportionComparison::before))
                    .percent(f.map(ProportionComparison::after)).decimal(f.map(ProportionComparison::changePercentagePoints), 1)
                    .text(f.toOptional().map(p -> verdict(p.verdict())).orElse("niet te vergelijken"))
                    .text(f.toOptional().map(ProportionComparison::explanation).orElse(""));
        }
        return table.build();
    }

    public static String verdict(Verdict verdict) {
        return switch (verdict) {
            case CLEAR_INCREASE -> "duidelijk hoger";
            case CLEAR_DECREASE -> "duidelijk lager";
            case NO_CLEAR_CHANGE -> "geen duidelijke verandering";
            case TOO_FEW -> "te weinig kiezers om iets te zeggen";
        };
    }
}
