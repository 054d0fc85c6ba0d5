package nl.stemwerk.app.budget.votingcode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * Voting codes for a burgerbegroting or preferendum: made in batches (the codes exist only in the letters; the
 * database keeps their {@link VotingCodeHasher hashes}), checked when a resident votes, and used once. Wrong codes
 * from residents count towards the {@link VotingCodeThrottle}; codes typed by staff for paper ballots do not.
 */
@Service
public class VotingCodeService {
    public static final int MAX_BATCH = 5000;

    private final VotingCodeRepository codes;
    private final VotingCodeHasher hasher;
    private final VotingCodeThrottle throttle;
    private final ChangeService changes;

    public VotingCodeService(VotingCodeRepository codes, VotingCodeHasher hasher, VotingCodeThrottle throttle,
                             ChangeService changes) {
        this.codes = codes;
        this.hasher = hasher;
        this.throttle = throttle;
        this.changes = changes;
    }

    /** Makes {@code size} new codes and returns them; this is the only time they exist outside the letters. */
    public List<VotingCode> createBatch(VoteTarget target, int size, CodeBatch.Per per) {
        if (size < 1 || size > MAX_BATCH) {
            throw InvalidInput.of("size", "Maak 1 tot " + MAX_BATCH + " brieven tegelijk. Voor meer brieven maakt u"
                    + " meerdere reeksen.");
        }
        String actor = ChangeService.currentActor();
        return changes.apply(new Change("stemcodes.aangemaakt", target.subject(),
                Map.of("aantal", size, "per", per.name())), () -> {
                    long batchId = codes.insertBatch(target, size, per, actor);
                    List<VotingCode> made = new ArrayList<>(size);
                    while (made.size() < size) {
                        VotingCode code = VotingCode.random();
                        if (codes.insertCode(batchId, hasher.hash(target, code))) {
                            made.add(code);
                        }
                    }
                    return made;
                });
    }

    /** From now on no code of this batch can vote; votes already cast stay. */
    public void withdraw(VoteTarget target, long batchId) {
        changes.apply(new Change("stemcodes.ingetrokken", target.subject(), Map.of("reeks", batchId)), () -> {
            if (!codes.withdraw(target, batchId)) {
                throw InvalidInput.of("batch", "Deze reeks bestaat niet of is al ingetrokken.");
            }
        });
    }

    public List<CodeBatch> batches(VoteTarget target) {
        return codes.batches(target);
    }

    /**
     * Checks a code typed by a resident ({@code address} set) or by staff ({@code address} null) without using it.
     *
     * @return the hash to {@link #use} in the transaction that stores the vote
     * @throws InvalidInput on field {@code code}, with a Dutch message, when the code cannot vote
     */
    public byte[] check(VoteTarget target, String typed, String address) {
        boolean resident = address != null;
        if (resident && throttle.isBlocked(address)) {
            throw refused("Er is te vaak een verkeerde stemcode geprobeerd. Probeer het over " + throttle.minutes()
                    + " minuten opnieuw. Uw stem is niet geteld.");
        }
        Optional<VotingCode> code = VotingCode.parse(typed);
        if (code.isEmpty()) {
            throw refused((typed == null || typed.isBlank() ? "Vul de stemcode van uw brief in."
                    : "Dit is geen stemcode.") + " Een stemcode heeft 12 letters en cijfers, zoals 7KQ2-M9XD-4HTW.");
        }
        byte[] hash = hasher.hash(target, code.get());
        Optional<VotingCodeRepository.Found> found = codes.find(target, hash);
        String problem = found.isEmpty() ? "Deze stemcode kennen we niet. Kijk of u de code goed heeft overgenomen"
                + " van de brief, en of de brief over deze stemming gaat. Uw stem is niet geteld."
                : found.get().withdrawn() ? "Deze stemcode is ingetrokken en kan niet meer stemmen. Neem contact op"
                + " met de gemeente. Uw stem is niet geteld."
                : found.get().used() ? "Met deze stemcode is al gestemd. Met een stemcode kunt u maar één keer"
                + " stemmen. Heeft u zelf nog niet gestemd? Neem dan contact op met de gemeente." : null;
        if (problem != null) {
            if (resident) {
                throttle.failed(address);
            }
            throw refused(problem);
        }
        return hash;
    }

    /**
     * As {@link #check(VoteTarget, String, String)}, but a refused code becomes a problem on field {@code code} in
     * {@code problems}, so the resident sees it together with the problems of the ballot itself.
     *
     * @return the hash to {@link #use}, or {@code null} when the code was refused
     */
    public byte[] check(VoteTarget target, String typed, String address, InvalidInput.Collector problems) {
        try {
            return check(target, typed, address);
        } catch (InvalidInput e) {
            problems.add("code", e.fieldMessages().get("code"));
            return null;
        }
    }

    /** Uses the checked code, inside the caller's transaction; refuses when it was used in the meantime. */
    public void use(VoteTarget target, byte[] hash) {
        if (!codes.markUsed(target, hash)) {
            throw refused("Met deze stemcode is net gestemd. Met een stemcode kunt u maar één keer stemmen.");
        }
    }

    private static InvalidInput refused(String message) {
        return InvalidInput.of("code", message);
    }
}
