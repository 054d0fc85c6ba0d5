package nl.stemwerk.app.sortition.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.stemwerk.app.sortition.AssemblyFixtures;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.SharedData;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.CancellationToken;
import nl.stemwerk.sortition.selection.Checkpoint;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionListener;
import nl.stemwerk.sortition.selection.SelectionPhase;
import nl.stemwerk.sortition.selection.SelectionProgress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Background runs on example_small_20 (Flanigan et al. 2021: 200 volunteers, 20 seats, LEXIMIN gives everyone 0,1).
 * The worker runs on the test thread where a test must stop it at a known point; resumed runs go through the real
 * queue, and the test waits for it.
 */
@StemwerkSpringTest
class SortitionRunIT {
    private static final String SMALL = "data/sortition/example_small_20/";
    private static final long WAIT_SECONDS = 300;

    @Autowired
    AssemblyService assemblies;
    @Autowired
    RunService runs;
    @Autowired
    RunWorker worker;
    @Autowired
    RunQueue queue;
    @Autowired
    RunTransitions transitions;
    @Autowired
    RunRecovery recovery;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aRunReportsItsProgressAndStoresTheLotteryWithTheSameAuditRowAsBefore() {
        long id = assembly(SharedData.text(SMALL + "categories.csv"));
        long run = runs.queue(id, 0, Algorithm.LEXIMIN);
        List<SelectionProgress> heard = new ArrayList<>();

        worker.execute(run, new CancellationToken(), () -> false, new SelectionListener() {
            @Override
            public void progress(SelectionProgress progress) {
                heard.add(progress);
            }
        });

        SortitionRun done = runs.get(run);
        assertThat(heard).extracting(SelectionProgress::phase).contains(SelectionPhase.DONE);
        assertThat(done.state()).isEqualTo(RunState.COMPUTED);
        assertThat(done.phase()).contains("DONE");
        assertThat(done.settledVolunteers()).isEqualTo(200);
        assertThat(done.volunteers()).isEqualTo(200);
        assertThat(done.percent()).isEqualTo(100);
        Lottery lottery = assemblies.lottery(assemblies.get(id));
        assertThat(lottery.fairness().minimum()).isCloseTo(0.1, within(1e-7));
        assertThat(assemblies.get(id).resultHash()).contains(lottery.resultHash());
        assertThat(actions(id)).containsExactly("burgerberaad.aangemaakt", "burgerberaad.berekening-gestart",
                "burgerberaad.berekening-begonnen", "burgerberaad.loting-berekend");
    }

    @Test
    void aRunCancelledAtItsFirstCheckpointResumesToTheSameLotteryAsAnUninterruptedRun() throws Exception {
        long interrupted = assembly(SharedData.text(SMALL + "categories.csv"));
        long run = runs.queue(interrupted, 0, Algorithm.LEXIMIN);
        CancellationToken token = new CancellationToken();

        worker.execute(run, token, () -> false, new SelectionListener() {
            @Override
            public void checkpoint(Checkpoint checkpoint) {
                token.cancel();
            }
        });

        SortitionRun cancelled = runs.get(run);
        assertThat(cancelled.state()).isEqualTo(RunState.CANCELLED);
        assertThat(cancelled.interrupted()).isFalse();
        assertThat(cancelled.checkpoint()).hasValueSatisfying(text -> assertThat(text).contains("panel"));
        assertThat(assemblies.get(interrupted).computed()).isFalse();

        runs.resume(run);
        long straight = assembly(SharedData.text(SMALL + "categories.csv"));
        runs.start(straight, 0, Algorithm.LEXIMIN);
        queue.awaitQueued(WAIT_SECONDS);

        assertThat(runs.get(run).state()).isEqualTo(RunState.COMPUTED);
        Lottery resumed = assemblies.lottery(assemblies.get(interrupted));
        Lottery uninterrupted = assemblies.lottery(assemblies.get(straight));
        assertThat(resumed.probabilities()).isEqualTo(uninterrupted.probabilities());
        assertThat(resumed.resultHash()).isEqualTo(uninterrupted.resultHash());
        assertThat(actions(interrupted)).containsSubsequence("burgerberaad.berekening-geannuleerd",
                "burgerberaad.berekening-hervat", "burgerberaad.loting-berekend");
    }

    @Test
    void aRunLeftRunningByAKilledServerBecomesResumableAtTheNextStart() throws Exception {
        long id = assembly(SharedData.text(SMALL + "categories.csv"));
        long run = runs.queue(id, 0, Algorithm.MAXIMIN);
        transitions.started(run);

        recovery.recoverInterrupted();

        SortitionRun recovered = runs.get(run);
        assertThat(recovered.state()).isEqualTo(RunState.CANCELLED);
        assertThat(recovered.interrupted()).isTrue();
        assertThat(actions(id)).endsWith("burgerberaad.berekening-onderbroken");

        runs.resume(run);
        queue.awaitQueued(WAIT_SECONDS);
        assertThat(runs.get(run).state()).isEqualTo(RunState.COMPUTED);
        assertThat(runs.get(run).interrupted()).isFalse();
    }

    @Test
    void aWaitingRunIsCancelledAtOnceAndASecondRunIsRefusedWhileOneIsActive() {
        long id = assembly(SharedData.text(SMALL + "categories.csv"));
        long run = runs.queue(id, 0, Algorithm.LEXIMIN);

        assertThatThrownBy(() -> runs.queue(id, 0, Algorithm.MAXIMIN))
                .hasMessageContaining("Er loopt al een berekening");
        runs.cancel(run);

        assertThat(runs.get(run).state()).isEqualTo(RunState.CANCELLED);
        assertThat(runs.get(run).checkpoint()).isEmpty();
        assertThat(actions(id)).endsWith("burgerberaad.berekening-geannuleerd");
    }

    @Test
    void quotasThatNoPanelMeetsEndTheRunWithTheLibrarysDutchAdvice() {
        long id = assembly("categorie,waarde,min,max\ngender,female,12,20\ngender,male,12,20\n"
                + "leaning,liberal,0,20\nleaning,conservative,0,20\n");
        long run = runs.queue(id, 0, Algorithm.LEXIMIN);

        worker.execute(run, new CancellationToken(), () -> false, SelectionListener.none());

        SortitionRun infeasible = runs.get(run);
        assertThat(infeasible.state()).isEqualTo(RunState.INFEASIBLE);
        assertThat(infeasible.message()).hasValueSatisfying(text ->
                assertThat(text).startsWith("Met deze quota is geen panel mogelijk."));
        assertThat(assemblies.get(id).computed()).isFalse();
        assertThat(actions(id)).endsWith("burgerberaad.loting-onmogelijk");
    }

    @Test
    void aRunOutOfTimeStoresAValidLotteryAndSaysItIsNotProvenOptimal() {
        long id = AssemblyFixtures.sf(assemblies, "Tijd op " + UUID.randomUUID());
        long run = runs.queue(id, 0, Algorithm.LEXIMIN);

        worker.execute(run, new CancellationToken(), () -> false, SelectionListener.none(), Duration.ZERO);

        SortitionRun done = runs.get(run);
        assertThat(done.state()).isEqualTo(RunState.COMPUTED);
        assertThat(done.message()).hasValueSatisfying(text ->
                assertThat(text).startsWith("Niet bewezen optimaal: de tijd was op."));
        Lottery lottery = assemblies.lottery(assemblies.get(id));
        assertThat(lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(22.0, within(1e-6));
        Http http = new Http(port);
        http.login("griffie", "demo-griffie");
        assertThat(http.get("/participatie/burgerberaden/" + id).body()).contains("Niet bewezen optimaal");
    }

    @Test
    void theProgressFragmentShowsTheBarWhileTheRunWaitsAndAsksForAReloadOnceItHasEnded() {
        long id = assembly(SharedData.text(SMALL + "categories.csv"));
        long run = runs.queue(id, 0, Algorithm.LEXIMIN);
        Http http = new Http(port);
        http.login("griffie", "demo-griffie");
        String fragment = "/participatie/burgerberaden/" + id + "/berekeningen/" + run + "/voortgang";

        HttpResponse<String> waiting = http.get(fragment);
        assertThat(waiting.statusCode()).isEqualTo(200);
        assertThat(waiting.body()).contains("<progress", "Wacht op zijn beurt.");
        assertThat(waiting.headers().firstValue("HX-Refresh")).isEmpty();

        runs.cancel(run);

        assertThat(http.get(fragment).headers().firstValue("HX-Refresh")).contains("true");
    }

    private long assembly(String categories) {
        return assemblies.create("Berekening " + UUID.randomUUID(), "20", false, "categories.csv", categories,
                "respondents.csv", SharedData.text(SMALL + "respondents.csv"));
    }

    private List<String> actions(long id) {
        return jdbc.sql("select action from audit_log where subject = ? order by sequence")
                .param(AssemblyService.subject(id)).query(String.class).list();
    }
}
