package nl.stemwerk.app.sortition.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.stemwerk.sortition.draw.DrawnPanel;
import nl.stemwerk.sortition.selection.FairnessFigures;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.Optimality;
import nl.stemwerk.sortition.selection.SelectionPhase;
import nl.stemwerk.sortition.selection.SelectionProgress;

/** The text and JSON that both sortition commands print: fairness figures, the lottery and a drawn panel. */
final class SortitionReport {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private SortitionReport() {
    }

    static Map<String, Object> figures(FairnessFigures figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("minimum", figures.minimum());
        json.put("maximum", figures.maximum());
        json.put("mean", figures.mean());
        json.put("gini", figures.gini());
        json.put("geometricMean", figures.geometricMean());
        return json;
    }

    static String figuresText(FairnessFigures figures) {
        return "Kleinste kans: " + number(figures.minimum()) + "; grootste kans: " + number(figures.maximum())
                + "\nGini-coëfficiënt: " + number(figures.gini()) + " (0 is volkomen gelijk)"
                + "\nGeometrisch gemiddelde van de kansen: " + number(figures.geometricMean());
    }

    static Map<String, Object> lottery(Lottery lottery) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("algorithm", lottery.algorithm().name());
        json.put("solver", lottery.solver());
        json.put("volunteers", lottery.probabilities().size());
        json.put("panelSize", lottery.problem().panelSize());
        json.put("panels", lottery.panels().size());
        json.put("resultHash", lottery.resultHash());
        json.put("fairness", figures(lottery.fairness()));
        json.put("probabilities", lottery.probabilities());
        return json;
    }

    /** Whether the lottery is proven optimal; when not, how high the lowest probability could still rise. */
    static Map<String, Object> optimality(Optimality optimality, Lottery lottery) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", optimality.status().name());
        json.put("proven", optimality.proven());
        json.put("lowestBound", optimality.lowestBound());
        json.put("message", optimality.message(lottery.fairness().minimum()));
        return json;
    }

    static String lotteryText(Lottery lottery) {
        return "Loting met " + lottery.algorithm().name() + " voor " + lottery.probabilities().size()
                + " aanmelders, panel van " + lottery.problem().panelSize() + " personen, "
                + lottery.panels().size() + (lottery.panels().size() == 1 ? " mogelijk panel" : " mogelijke panels")
                + ".\n" + figuresText(lottery.fairness())
                + "\nResultaat-hash: " + lottery.resultHash();
    }

    static Map<String, Object> panel(DrawnPanel panel) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resultHash", panel.resultHash());
        json.put("seed", panel.seed().digits());
        json.put("ticket", panel.ticket());
        json.put("panelNumber", panel.panelNumber());
        json.put("members", panel.memberIds());
        json.put("log", panel.log());
        return json;
    }

    static String panelText(DrawnPanel panel) {
        StringBuilder text = new StringBuilder("Getrokken met lotnummer ").append(panel.seed().digits())
                .append(": lot ").append(panel.ticket()).append(", panel ").append(panel.panelNumber()).append('.')
                .append("\nLeden (").append(panel.memberIds().size()).append("): ")
                .append(String.join(", ", panel.memberIds()))
                .append("\nVerloop van de trekking:");
        panel.log().forEach(line -> text.append("\n- ").append(line));
        return text.toString();
    }

    static String progressText(SelectionProgress progress) {
        StringBuilder text = new StringBuilder("Bezig: ").append(phase(progress.phase()))
                .append(" (").append(progress.panelsFound()).append(" panels gevonden, ")
                .append(progress.settledVolunteers()).append(" van ").append(progress.volunteers())
                .append(" kansen vast");
        if (!Double.isNaN(progress.lowestProbability())) {
            text.append(", kleinste kans tot nu toe ").append(number(progress.lowestProbability()));
        }
        return text.append(')').toString();
    }

    private static String phase(SelectionPhase phase) {
        return switch (phase) {
            case CHECKING_QUOTAS -> "quota controleren";
            case FINDING_PANELS -> "panels zoeken";
            case RAISING_PROBABILITIES -> "laagste kansen verhogen";
            case DIVIDING_TICKETS -> "loten verdelen";
            case DONE -> "klaar";
        };
    }

    static String number(double value) {
        return String.format(DUTCH, "%.6f", value);
    }
}
