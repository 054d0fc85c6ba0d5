package nl.stemwerk.app.sortition.run;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.sortition.selection.CancellationToken;
import nl.stemwerk.sortition.selection.SelectionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one thread that computes lotteries, with a short waiting line. One at a time: the solver keeps a core busy,
 * and the server has two. Each run gets a cancellation token; a server stop cancels the running one, so its
 * checkpoint is stored and it can resume after the restart.
 */
@Component
class RunQueue implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(RunQueue.class);
    static final int WAITING_CAPACITY = 10;
    private static final long STOP_WAIT_SECONDS = 20;

    private final RunWorker worker;
    private final RunTransitions transitions;
    private final Map<Long, CancellationToken> tokens = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WAITING_CAPACITY), runnable -> {
                Thread thread = new Thread(runnable, "burgerberaad-loting");
                thread.setDaemon(true);
                return thread;
            });
    private volatile boolean stopping;

    RunQueue(RunWorker worker, RunTransitions transitions) {
        this.worker = worker;
        this.transitions = transitions;
    }

    /** Refuses a new run while the waiting line is full (checked before anything is stored). */
    void requireRoom() {
        if (executor.getQueue().remainingCapacity() == 0) {
            throw InvalidInput.of("algorithm", "Er wachten al " + WAITING_CAPACITY + " berekeningen. Probeer het"
                    + " later opnieuw.");
        }
    }

    /** Hands the run to the computing thread once the current transaction commits (at once outside one). */
    void submitAfterCommit(long runId) {
        Runnable submit = () -> submit(runId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit.run();
                }
            });
        } else {
            submit.run();
        }
    }

    /** Asks the running computation to stop; false when it is not running in this server. */
    boolean cancel(long runId) {
        return Optional.ofNullable(tokens.get(runId)).map(token -> {
            token.cancel();
            return true;
        }).orElse(false);
    }

    /** Whether this server holds the run (waiting or computing). */
    boolean holds(long runId) {
        return tokens.containsKey(runId);
    }

    /** Waits until every run handed over before this call has ended (one thread, so a no-op queued last). */
    void awaitQueued(long timeoutSeconds) throws Exception {
        executor.submit(() -> { }).get(timeoutSeconds, TimeUnit.SECONDS);
    }

    private void submit(long runId) {
        CancellationToken token = new CancellationToken();
        tokens.put(runId, token);
        try {
            executor.execute(new DelegatingSecurityContextRunnable(() -> {
                try {
                    worker.execute(runId, token, () -> stopping, SelectionListener.none());
                } finally {
                    tokens.remove(runId);
                }
            }));
        } catch (RejectedExecutionException e) {
            tokens.remove(runId);
            LOG.warn("Lottery run {} not queued: the waiting line is full", runId);
            transitions.cancelled(runId, Optional.empty(), true);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        executor.getQueue().clear(); // the waiting runs stay QUEUED and become resumable at the next start
        executor.shutdown();
        tokens.values().forEach(CancellationToken::cancel);
        if (!executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            LOG.warn("A lottery run did not stop within {} s; it becomes resumable at the next start",
                    STOP_WAIT_SECONDS);
        }
    }
}
