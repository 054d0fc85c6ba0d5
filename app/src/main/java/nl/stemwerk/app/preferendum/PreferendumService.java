package nl.stemwerk.app.preferendum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.budget.votingcode.Channel;
import nl.stemwerk.app.budget.votingcode.VoteTarget;
import nl.stemwerk.app.budget.votingcode.VoterRef;
import nl.stemwerk.app.budget.votingcode.VotingCodeService;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.budgeting.preferendum.Preferenda;
import nl.stemwerk.budgeting.preferendum.PreferendumOption;
import nl.stemwerk.budgeting.preferendum.PreferendumResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preferenda of the home municipality: residents give every option a score (for example 0 to 5) with a voting code
 * from a letter, the same codes as a burgerbegroting. The result, counted by the budgeting library's
 * {@link Preferenda}, is visible only once the vote has closed.
 */
@Service
public class PreferendumService {
    static final int MAX_OPTIONS = 12;

    private final PreferendumRepository preferenda;
    private final MunicipalityService municipalities;
    private final VotingCodeService codes;
    private final ChangeService changes;

    public PreferendumService(PreferendumRepository preferenda, MunicipalityService municipalities,
                              VotingCodeService codes, ChangeService changes) {
        this.preferenda = preferenda;
        this.municipalities = municipalities;
        this.codes = codes;
        this.changes = changes;
    }

    /** A new preferendum in preparation, its options numbered 1, 2, … in the given order; returns its id. */
    @Transactional
    public long create(String question, String description, int min, int max, List<String> labels) {
        String q = question == null ? "" : question.strip();
        List<String> options = labels.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (q.isEmpty() || q.length() > 300) {
            problems.add("question", "Schrijf de vraag in hoogstens 300 tekens.");
        }
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            problems.add("options", "Geef 2 tot " + MAX_OPTIONS + " antwoorden, één per regel.");
        } else if (options.stream().distinct().count() != options.size()) {
            problems.add("options", "Elk antwoord mag maar één keer in de lijst staan.");
        } else if (options.stream().anyMatch(o -> o.length() > 200)) {
            problems.add("options", "Een antwoord heeft hoogstens 200 tekens.");
        }
        if (min < 0 || max <= min || max - min > 10) {
            problems.add("scale", "Kies een schaal van bijvoorbeeld 0 tot 5: het hoogste cijfer is groter dan het"
                    + " laagste, en er zijn hoogstens 11 cijfers.");
        }
        problems.throwIfAny();
        Municipality home = municipalities.home().orElseThrow(() -> InvalidInput.of("question",
                "Stel eerst de eigen gemeente in."));
        String text = description == null ? "" : description.strip();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("vraag", q);
        details.put("antwoorden", options);
        details.put("schaal", min + "-" + max);
        long id = preferenda.insert(home.id(), q, text, min, max, options);
        changes.apply(new Change("preferendum.aangemaakt", subject(id), details), () -> { });
        return id;
    }

    public void open(long id, int version) {
        move(id, version, get(id).status().open());
    }

    public void close(long id, int version) {
        move(id, version, get(id).status().close());
    }

    /** A resident votes from {@code address}; {@code scores} by option id, every option once. */
    public void vote(long id, String code, Map<String, String> scores, String address) {
        StoredPreferendum preferendum = get(id);
        if (preferendum.status() != PreferendumStatus.VOTING) {
            throw InvalidInput.of("form", "U kunt nu niet stemmen over deze vraag.");
        }
        VoteTarget target = VoteTarget.preferendum(id);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        byte[] used = codes.check(target, code, address, problems);
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (PreferendumOption option : preferendum.options()) {
            Integer score = score(scores.get(option.id()), preferendum);
            if (score == null) {
                problems.add("option-" + option.id(), "Geef '" + option.label() + "' een cijfer van "
                        + preferendum.minScore() + " tot en met " + preferendum.maxScore() + ".");
            } else {
                checked.put(option.id(), score);
            }
        }
        problems.throwIfAny();
        changes.apply(new Change("preferendum.stem-uitgebracht", subject(id), Map.of("kanaal",
                Channel.ONLINE.pbName())), () -> {
                    codes.use(target, used);
                    preferenda.insertBallot(id, VoterRef.random(), Channel.ONLINE, null, checked);
                });
    }

    /** The counted result, only once the vote has closed. */
    public Optional<PreferendumResult> result(long id) {
        StoredPreferendum preferendum = get(id);
        if (preferendum.status() != PreferendumStatus.CLOSED) {
            return Optional.empty();
        }
        return Optional.of(Preferenda.count(preferendum.toPreferendum(), preferenda.ballots(id)));
    }

    public StoredPreferendum get(long id) {
        return preferenda.find(id).orElseThrow(() -> InvalidInput.of("preferendum", "Dit preferendum bestaat niet."));
    }

    public List<StoredPreferendum> list() {
        return preferenda.list();
    }

    public long turnout(long id) {
        return preferenda.turnout(id);
    }

    public static String subject(long id) {
        return VoteTarget.preferendum(id).subject();
    }

    private void move(long id, int version, PreferendumStatus next) {
        changes.apply(new Change("preferendum.status-gewijzigd", subject(id), Map.of("na", next.name())),
                () -> preferenda.updateStatus(id, version, next));
    }

    private static Integer score(String typed, StoredPreferendum preferendum) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            return value >= preferendum.minScore() && value <= preferendum.maxScore() ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
