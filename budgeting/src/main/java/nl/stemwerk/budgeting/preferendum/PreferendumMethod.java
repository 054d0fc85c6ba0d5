package nl.stemwerk.budgeting.preferendum;

/** How a preferendum is counted; each method states its tie rule, which is printed with the result. */
public enum PreferendumMethod {

    /**
     * Every resident gives every option a score on the scale; the highest average wins. Equal averages: more top
     * scores first, then more of the next score down, and so on; still equal: the options share the place.
     */
    SCORE("Iedere inwoner gaf elke optie een cijfer. De optie met het hoogste gemiddelde staat bovenaan.",
            "Bij een gelijk gemiddelde gaat de optie voor die vaker het hoogste cijfer kreeg, daarna vaker het cijfer "
                    + "daaronder, enzovoort. Is ook dat gelijk, dan delen de opties de plaats."),

    /**
     * Every resident ranks options, best first (modified Borda count, Emerson 2013): on a ballot that ranks
     * {@code r} options the first gets {@code r} points, the next {@code r − 1}, the last ranked 1, unranked 0. With
     * complete rankings this orders the options exactly as the classic Borda count. Equal points: more first places
     * first, then more second places, and so on; still equal: the options share the place.
     */
    BORDA("Iedere inwoner zette de opties op volgorde. Staan er r opties op een stem, dan krijgt de eerste r punten, "
            + "de tweede r - 1, en zo verder tot 1 punt; een optie die niet op de stem staat krijgt 0 punten. De "
            + "optie met de meeste punten staat bovenaan (Borda-telling).",
            "Bij gelijke punten gaat de optie voor die vaker op de eerste plaats stond, daarna vaker op de tweede "
                    + "plaats, enzovoort. Is ook dat gelijk, dan delen de opties de plaats.");

    private final String dutchDescription;
    private final String dutchTieRule;

    PreferendumMethod(String dutchDescription, String dutchTieRule) {
        this.dutchDescription = dutchDescription;
        this.dutchTieRule = dutchTieRule;
    }

    /** How the count works, in Dutch (B1). */
    public String dutchDescription() {
        return dutchDescription;
    }

    /** What happens at a tie, in Dutch (B1). */
    public String dutchTieRule() {
        return dutchTieRule;
    }
}
