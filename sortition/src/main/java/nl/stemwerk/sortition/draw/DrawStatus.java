package nl.stemwerk.sortition.draw;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;

/**
 * The order in which a draw must happen to be trustworthy (see docs/state-machines/draw-status.md). The rule it
 * guards: the lottery, and with it the result hash, is public <em>before</em> anyone can know the seed, so
 * nobody can pick a lottery or a pool that suits a known seed. Each transition returns the next status or throws
 * {@link ProblemCode#DRAW_STATUS_TRANSITION}.
 */
public enum DrawStatus {
    /** Volunteers can still sign up and the quotas can still change. */
    POOL_OPEN,
    /** The lottery and its result hash are published; pool, quotas and lottery are frozen. */
    LOTTERY_PUBLISHED,
    /** The public seed is known (dice thrown in public, or the announced lottery number drawn). */
    SEED_RECORDED,
    /** The panel is drawn; anyone can replay it from the published lottery and the seed. */
    DRAWN,
    /** A member withdrew; a replacement lottery must be computed and published before a new seed. */
    WITHDRAWAL_RECORDED;

    /** Publish the lottery (or the replacement lottery) and its result hash. */
    public DrawStatus publishLottery() {
        return require(this == POOL_OPEN || this == WITHDRAWAL_RECORDED, "de loting publiceren", LOTTERY_PUBLISHED);
    }

    /** Reopen the pool because of an error, which is only allowed while the seed is unknown. */
    public DrawStatus reopenPool() {
        return require(this == LOTTERY_PUBLISHED, "de pool heropenen", POOL_OPEN);
    }

    /** Record the public seed. */
    public DrawStatus recordSeed() {
        return require(this == LOTTERY_PUBLISHED, "het lotnummer vastleggen", SEED_RECORDED);
    }

    /** Draw the panel with the recorded seed. */
    public DrawStatus draw() {
        return require(this == SEED_RECORDED, "het panel trekken", DRAWN);
    }

    /** Record that one or more drawn members withdrew. */
    public DrawStatus recordWithdrawal() {
        return require(this == DRAWN, "een terugtrekking vastleggen", WITHDRAWAL_RECORDED);
    }

    private DrawStatus require(boolean allowed, String action, DrawStatus next) {
        if (!allowed) {
            throw new SortitionException(ProblemCode.DRAW_STATUS_TRANSITION, "U kunt nu niet " + action
                    + ": de loting staat op '" + dutchName() + "'.");
        }
        return next;
    }

    /** The status as the griffie sees it. */
    public String dutchName() {
        return switch (this) {
            case POOL_OPEN -> "aanmelding open";
            case LOTTERY_PUBLISHED -> "loting gepubliceerd";
            case SEED_RECORDED -> "lotnummer vastgelegd";
            case DRAWN -> "panel getrokken";
            case WITHDRAWAL_RECORDED -> "terugtrekking vastgelegd";
        };
    }
}
