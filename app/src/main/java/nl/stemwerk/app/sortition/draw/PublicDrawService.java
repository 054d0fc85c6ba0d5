package nl.stemwerk.app.sortition.draw;

import java.io.StringReader;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.draw.Draw;
import nl.stemwerk.sortition.draw.DrawnPanel;
import nl.stemwerk.sortition.draw.LotteryFile;
import nl.stemwerk.sortition.draw.PublicSeed;
import nl.stemwerk.sortition.selection.Lottery;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The public draw of a burgerberaad and of its replacements: the griffie types in the seed made during the public
 * meeting, Stemwerk draws from the published lottery of that round and stores the draw once, with who entered the
 * seed and when. Anyone can replay it with {@code stemwerk sortition verify}.
 */
@Service
public class PublicDrawService {
    private final DrawRepository draws;
    private final ChangeService changes;
    private final Clock clock;

    PublicDrawService(DrawRepository draws, ChangeService changes, Clock clock) {
        this.draws = draws;
        this.changes = changes;
        this.clock = clock;
    }

    public DrawHistory history(long assemblyId) {
        return draws.history(assemblyId);
    }

    /** The published lottery of {@code round}, read back (and so checked) as anyone replaying it would. */
    public static Lottery lottery(DrawHistory history, int round) {
        return LotteryFile.read(new StringReader(history.lotteryFile(round).orElseThrow(
                () -> InvalidInput.of("round", "Voor deze ronde is nog geen loting gepubliceerd."))));
    }

    /** The stored draw replayed from its lottery and seed, with the Dutch log of its steps. */
    public static DrawnPanel replay(DrawHistory history, RecordedDraw draw) {
        return Draw.draw(lottery(history, draw.round()), new PublicSeed(draw.seed()));
    }

    /**
     * Draws round {@code round} (the page's round, so that a second click or an old page cannot draw twice) with the
     * public seed, and stores it with its audit row.
     */
    public RecordedDraw draw(long assemblyId, int round, String method, String seedText) {
        DrawHistory history = draws.history(assemblyId);
        if (round != history.nextRound()) {
            throw InvalidInput.of("seed", "Deze trekking is al gedaan. Kijk op de pagina wat er getrokken is.");
        }
        try {
            history.status().recordSeed().draw();
        } catch (SortitionException e) {
            throw InvalidInput.of("seed", dutch(e));
        }
        SeedMethod seedMethod = SeedMethod.parse(method);
        PublicSeed seed;
        try {
            seed = PublicSeed.parse(seedText == null ? "" : seedText);
        } catch (SortitionException e) {
            throw InvalidInput.of("seed", dutch(e));
        }
        DrawnPanel panel = Draw.draw(lottery(history, round), seed);
        RecordedDraw draw = new RecordedDraw(round, seedMethod, seed.digits(), ChangeService.currentActor(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), panel.resultHash(), panel.ticket(), panel.memberIds());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ronde", round);
        details.put("lotnummer", seed.digits());
        details.put("manier", seedMethod.name());
        details.put("resultaatHash", panel.resultHash());
        details.put("lot", panel.ticket());
        details.put("leden", panel.memberIds());
        String action = round == 0 ? "burgerberaad.getrokken" : "burgerberaad.vervanging-getrokken";
        changes.apply(new Change(action, AssemblyService.subject(assemblyId), details), () -> {
            try {
                draws.insertDraw(assemblyId, draw);
            } catch (DuplicateKeyException e) {
                throw InvalidInput.of("seed", "Deze trekking is al gedaan. Kijk op de pagina wat er getrokken is.");
            }
        });
        return draw;
    }

    /** The library's Dutch messages of a problem, without its machine code. */
    public static String dutch(SortitionException e) {
        return e.problems().stream().limit(10).map(Problem::message).collect(Collectors.joining(" "));
    }
}
