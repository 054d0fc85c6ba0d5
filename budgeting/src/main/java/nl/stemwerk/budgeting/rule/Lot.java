package nl.stemwerk.budgeting.rule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.stemwerk.budgeting.election.BudgetingError;
import nl.stemwerk.budgeting.election.BudgetingException;

/**
 * The order of projects drawn by lot ("loting") before the count, used only when projects tie on their share, their
 * cost and their number of supporters. equalshares.net recommends drawing it once, before computing, and using the
 * same order at every step; the library never draws by itself.
 *
 * @param order      project ids, the one that wins a tie first
 * @param provenance how the order came about, e.g. the seed read out in a public session; printed with the result
 */
public record Lot(List<String> order, String provenance) {

    /** No lot drawn: a tie that needs one ends the count with {@link BudgetOutcome.LotRequired}. */
    public static final Lot NONE = new Lot(List.of(), "");

    public Lot {
        order = List.copyOf(order);
        Objects.requireNonNull(provenance, "provenance");
        Set<String> seen = new HashSet<>();
        for (String id : order) {
            if (!seen.add(id)) {
                throw new BudgetingException(BudgetingError.LOT_INCOMPLETE,
                        "Project '" + id + "' staat twee keer in de volgorde van de loting.");
            }
        }
    }

    public boolean isDrawn() {
        return !order.isEmpty();
    }

    /**
     * The order that follows from a seed drawn in public: projects sorted by the SHA-256 of {@code seed + ":" + id}
     * (UTF-8, lowest hexadecimal first). Anyone can check it with a few lines in any language.
     */
    public static Lot fromSeed(String seed, Collection<String> projectIds) {
        List<String> order = projectIds.stream()
                .sorted(Comparator.comparing((String id) -> sha256(seed + ":" + id)).thenComparing(id -> id))
                .toList();
        return new Lot(order, "seed '" + seed + "' (SHA-256 van seed:project, laagste eerst)");
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
