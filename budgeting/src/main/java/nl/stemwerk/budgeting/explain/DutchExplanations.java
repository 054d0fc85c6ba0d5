package nl.stemwerk.budgeting.explain;

import java.util.ArrayList;
import java.util.List;

import nl.stemwerk.budgeting.money.DutchNumbers;
import nl.stemwerk.budgeting.money.Fraction;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.rule.BudgetResult;
import nl.stemwerk.budgeting.rule.CapKind;
import nl.stemwerk.budgeting.rule.Completion;
import nl.stemwerk.budgeting.rule.Endowment;
import nl.stemwerk.budgeting.rule.EqualSharesRule;
import nl.stemwerk.budgeting.rule.GreedyRule;
import nl.stemwerk.budgeting.rule.ProjectExplanation;
import nl.stemwerk.budgeting.rule.RuleVariant;

/**
 * The result in plain Dutch (B1) for residents and council members: what the rule does, and per project why it was
 * or was not funded. Amounts per voter are rounded to cents for reading; money left over is rounded down, so it
 * never looks like enough when it was not.
 */
public final class DutchExplanations {

    private DutchExplanations() {
    }

    /** One line that says what was decided, by which rule. */
    public static String summary(BudgetResult result) {
        String currency = result.currency();
        int count = result.winners().size();
        return (count == 1 ? "Er is 1 project gekozen" : "Er zijn " + count + " projecten gekozen") + " voor samen "
                + DutchNumbers.amount(result.totalCost(), currency) + " van de " + DutchNumbers.amount(result.budget(),
                currency) + ". Rekenregel: " + result.variant().id() + ".";
    }

    /** What the rule does, in a few short sentences. */
    public static String describe(RuleVariant variant) {
        List<String> sentences = new ArrayList<>();
        switch (variant) {
            case GreedyRule greedy -> describeGreedy(greedy, sentences);
            case EqualSharesRule mes -> describeEqualShares(mes, sentences);
        }
        return String.join(" ", sentences);
    }

    private static void describeGreedy(GreedyRule rule, List<String> sentences) {
        String support = rule.measure() == GreedyRule.Measure.POINTS ? "punten" : "stemmen";
        sentences.add("De projecten met de meeste " + support + " krijgen als eerste geld.");
        sentences.add("Past een project niet meer in het budget, dan slaan we het over en kijken we naar het volgende.");
        describeCaps(rule.caps(), sentences);
        if (rule.leftoverWithoutCaps()) {
            sentences.add("Is er daarna geld over, dan gaat dat naar projecten die eerst niet binnen hun maximum "
                    + "pasten, weer in volgorde van " + support + ".");
        }
        sentences.add("Hebben projecten evenveel " + support + ", dan gaat het goedkoopste voor. Zijn ze ook even "
                + "duur, dan beslist de loting.");
    }

    private static void describeEqualShares(EqualSharesRule rule, List<String> sentences) {
        sentences.add("Methode van gelijke delen: elke stemmer krijgt een even groot deel van het budget.");
        sentences.add("De voorstanders van een project betalen het samen, ieder een zo gelijk mogelijk deel.");
        sentences.add(rule.utility() == EqualSharesRule.Utility.COST
                ? "Elke ronde kiezen we het project waarvoor elke voorstander het kleinste deel van de prijs betaalt."
                : "Elke ronde kiezen we het project waarvoor elke voorstander het laagste bedrag betaalt.");
        sentences.add("Wie niet genoeg meer heeft, betaalt wat hij nog heeft.");
        if (rule.completion() instanceof Completion.Add1 add1) {
            sentences.add(add1.start() == Completion.Start.INTEGRAL
                    ? "We beginnen met het budget gedeeld door het aantal stemmers, afgerond naar beneden op hele euro's."
                    : "We beginnen met het budget gedeeld door het aantal stemmers.");
            sentences.add("Blijft er geld over, dan rekenen we opnieuw met 1 euro meer per stemmer, zolang de gekozen "
                    + "projecten samen in het budget passen.");
            sentences.add(add1.exhaustiveStop()
                    ? "We stoppen zodra er geen project meer bij past."
                    : "We gaan door tot de volgende stap te veel geld zou kosten.");
        }
        if (rule.thenGreedy()) {
            sentences.add("Het geld dat dan nog over is, gaat naar de projecten met de meeste stemmen die nog passen.");
        }
        describeCaps(rule.caps(), sentences);
        sentences.add("Zijn projecten precies even goed, dan gaat het goedkoopste voor, daarna het project met de "
                + "meeste stemmen, en daarna beslist de loting.");
    }

    private static void describeCaps(java.util.Set<CapKind> caps, List<String> sentences) {
        for (CapKind kind : caps) {
            sentences.add("Per " + word(kind) + " gaat er niet meer geld naar projecten dan het maximum voor die "
                    + word(kind) + ".");
        }
    }

    /** Why this project was or was not funded. */
    public static String explain(ProjectExplanation explanation, BudgetResult result) {
        String currency = result.currency();
        Money cost = explanation.project().cost();
        return switch (explanation) {
            case ProjectExplanation.FundedByEqualShares funded -> fundedByEqualShares(funded, currency);
            case ProjectExplanation.NotAffordable notAffordable -> {
                String text = "Niet gekozen. De " + DutchNumbers.count(notAffordable.supporters())
                        + " voorstanders van dit project hadden aan het eind samen nog "
                        + DutchNumbers.amountRoundedDown(notAffordable.supportersMoneyLeft(), currency)
                        + " over. Het project kost " + DutchNumbers.amount(cost, currency) + "; dat was niet genoeg.";
                text += result.endowment().map(e -> " Iedere stemmer had " + DutchNumbers.amount(e.finalPerVoter(),
                        currency) + " te besteden.").orElse("");
                text += notAffordable.moneyLeftAfterGreedy().map(left -> " Ook van het geld dat daarna over was ("
                        + DutchNumbers.amount(left, currency) + ") kon het niet worden betaald.").orElse("");
                yield text;
            }
            case ProjectExplanation.FundedByGreedy funded -> funded.inLeftoverPass()
                    ? "Gekozen met het geld dat over was. Het staat op plaats " + funded.position()
                    + " in aantal stemmen. Er was nog " + DutchNumbers.amount(result.budget().minus(
                    funded.spentBefore()), currency) + " over; het project kost " + DutchNumbers.amount(cost, currency)
                    + "."
                    : "Gekozen. Het staat op plaats " + funded.position() + " in aantal stemmen. Na dit project was "
                    + DutchNumbers.amount(funded.spentAfter(), currency) + " van de "
                    + DutchNumbers.amount(result.budget(), currency) + " verdeeld.";
            case ProjectExplanation.SkippedByGreedy skipped -> "Niet gekozen. Het staat op plaats "
                    + skipped.position() + " in aantal stemmen. Toen het aan de beurt was, was er nog "
                    + DutchNumbers.amount(skipped.moneyLeft(), currency) + " over; het project kost "
                    + DutchNumbers.amount(cost, currency) + ".";
            case ProjectExplanation.ExceedsCap capped -> "Niet gekozen. Voor " + word(capped.kind()) + " '"
                    + capped.group() + "' was nog " + DutchNumbers.amount(capped.capLeft(), currency)
                    + " over; het project kost " + DutchNumbers.amount(cost, currency) + ".";
            case ProjectExplanation.NoSupport none -> "Niet gekozen: niemand heeft op dit project gestemd.";
        };
    }

    private static String fundedByEqualShares(ProjectExplanation.FundedByEqualShares funded, String currency) {
        StringBuilder text = new StringBuilder("Gekozen in ronde ").append(funded.round()).append(". ")
                .append(DutchNumbers.count(funded.fullPayers()))
                .append(funded.fullPayers() == 1 ? " voorstander betaalde " : " voorstanders betaalden elk ")
                .append(DutchNumbers.amount(funded.sharePerVoter(), currency)).append('.');
        if (!funded.partialPayers().isEmpty()) {
            long voters = 0;
            Fraction paid = Fraction.ZERO;
            for (ProjectExplanation.Payment payment : funded.partialPayers()) {
                voters += payment.voters();
                paid = paid.add(payment.amountPerVoter().multiply(payment.voters()));
            }
            text.append(' ').append(voters == 1
                    ? "1 voorstander had minder over en betaalde alles wat hij of zij nog had: "
                    : DutchNumbers.count(voters) + " voorstanders hadden minder over en betaalden alles wat ze nog "
                    + "hadden, samen ").append(DutchNumbers.amount(paid, currency)).append('.');
        }
        return text.append(" Samen is dat ").append(DutchNumbers.amount(funded.project().cost(), currency))
                .append(", wat het project kost.").toString();
    }

    /** The endowment per voter, for the result page: "Iedere stemmer had € 315 te besteden (begin: € 151)." */
    public static String endowment(Endowment endowment, String currency) {
        String text = "Iedere stemmer had " + DutchNumbers.amount(endowment.finalPerVoter(), currency)
                + " te besteden";
        if (endowment.increments() > 0) {
            text += " (begin: " + DutchNumbers.amount(endowment.startPerVoter(), currency) + ", daarna "
                    + endowment.increments() + " keer 1 euro erbij)";
        }
        return text + ".";
    }

    private static String word(CapKind kind) {
        return kind == CapKind.CATEGORY ? "thema" : "buurt";
    }
}
