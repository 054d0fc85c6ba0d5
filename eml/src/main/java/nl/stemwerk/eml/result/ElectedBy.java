package nl.stemwerk.eml.result;

/**
 * How a candidate got a seat, as the {@code Ranking} of a 520 says.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf3_ArtikelP15">Kieswet art. P 15</a>
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf3_ArtikelP17">Kieswet art. P 17</a>
 */
public enum ElectedBy {
    /** Ranking 1: on own (preference) votes, above the preference threshold (P 15). */
    PREFERENCE_VOTES,
    /** Ranking 2: in the order of the list (P 17). */
    LIST_ORDER,
    /** The file gives only {@code Elected}, without a ranking. */
    NOT_STATED
}
