package nl.stemwerk.app.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged {@code stemwerk.jar} run as a separate process, as a user runs it. */
public final class StemwerkProcess implements AutoCloseable {
    private final Process process;
    private final Path output;

    private StemwerkProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code java [jvmOptions] -jar stemwerk.jar args}; output goes to a temporary file. */
    public static StemwerkProcess start(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("stemwerk-process-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            return new StemwerkProcess(process, output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command to completion and returns its exit code and output. */
    public static Result run(Duration timeout, List<String> jvmOptions, String... args) {
        try (StemwerkProcess process = start(jvmOptions, args)) {
            if (!process.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("stemwerk " + String.join(" ", args) + " did not finish within " + timeout
                        + ":\n" + process.output());
            }
            return new Result(process.process.exitValue(), process.output());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the web application answers on {@code port} (or the process dies). */
    public void awaitHealthy(int port, Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("stemwerk stopped with exit code " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            onSpinWait(200);
        }
        throw new AssertionError("stemwerk did not become healthy within " + timeout + ":\n" + output());
    }

    /** Kills the JVM without any chance to clean up, like {@code kill -9}. */
    public void killHard() {
        process.toHandle().destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path jar() {
        String jar = System.getProperty("stemwerk.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("stemwerk.jar not built (system property stemwerk.jar: " + jar + ")");
        }
        return Path.of(jar);
    }

    /** Polling pause without Thread.sleep: parks the thread for a short while. */
    private static void onSpinWait(long millis) {
        java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    public record Result(int exitCode, String output) {
    }
}
