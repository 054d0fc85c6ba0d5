package nl.stemwerk.budgeting.rule;

import java.util.List;

/**
 * A tie that came up during the count and how it was broken.
 *
 * @param tiedProjectIds the projects that were equal
 * @param decidedBy      what broke the tie
 * @param chosenId       the project that went first
 */
public record TieBreak(List<String> tiedProjectIds, DecidedBy decidedBy, String chosenId) {

    public TieBreak {
        tiedProjectIds = List.copyOf(tiedProjectIds);
    }

    /** The tie-breaking steps recommended by equalshares.net, in order. */
    public enum DecidedBy {
        LOWEST_COST, MOST_VOTES, LOT
    }
}
