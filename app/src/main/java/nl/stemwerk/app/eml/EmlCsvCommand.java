package nl.stemwerk.app.eml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.candidates.CandidateListsReader;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.csv.Osv43Csv;
import nl.stemwerk.eml.hash.EmlHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stemwerk eml csv --count 510.xml --candidates 230.xml [-o out.csv]}: the osv4-3 CSV that municipalities
 * publish, one column per polling station, the same as the Kiesraad's eml2csv makes. The CSV is written only when
 * the whole 510 was read and checked; an output file appears whole or not at all.
 */
@Command(name = "csv", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Maak de CSV per stembureau (osv4-3) uit een telling (EML 510b) en de kandidatenlijsten"
                + " (EML 230b), zoals de Kiesraad die publiceert.",
                "Exitcode 0: klaar; 1: een bestand is niet in orde (er is niets geschreven); 2: de opdracht klopt"
                        + " niet."})
public class EmlCsvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "510.xml", description = "De telling (EML 510b).")
    Path count;

    @Option(names = "--candidates", required = true, paramLabel = "230.xml",
            description = "De kandidatenlijsten (EML 230b).")
    Path candidates;

    @Option(names = {"-o", "--output"}, paramLabel = "CSV",
            description = "Schrijf de CSV naar dit bestand (anders naar het scherm).")
    Path target;

    @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "50",
            description = "Het grootste bestand dat wordt gelezen, in MB (standaard ${DEFAULT-VALUE}).")
    int maxMegabytes;

    @Mixin
    CliOutput output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (output.json() && target == null) {
            return fail(ExitCodes.BAD_INPUT, Map.of("code", "OUTPUT_MISSING", "message",
                    "Geef met -o een bestand voor de CSV als u --json gebruikt."));
        }
        EmlReadOptions options = EmlReadOptions.defaults().withMaxBytes(maxMegabytes * 1024L * 1024L);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try {
            CandidateLists lists = CliFiles.read(candidates, in -> new CandidateListsReader(options)
                    .read(in, CliFiles.name(candidates)));
            CliFiles.read(count, in -> {
                Osv43Csv.write(lists, new CountReader(options), in, CliFiles.name(count), csv);
                return csv;
            });
        } catch (EmlException e) {
            return fail(ExitCodes.CHECK_FAILED, EmlJson.problem(e));
        } catch (CliFiles.BadFile e) {
            return fail(ExitCodes.BAD_INPUT, EmlJson.badFile(e));
        }
        byte[] bytes = csv.toByteArray();
        if (target == null) {
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
            return ExitCodes.OK;
        }
        try {
            writeWhole(target, bytes);
        } catch (IOException e) {
            return fail(ExitCodes.BAD_INPUT, Map.of("code", "OUTPUT_NOT_WRITABLE", "message",
                    "Stemwerk kan " + target + " niet schrijven: " + e.getMessage()));
        }
        EmlHash hash = EmlHash.of(bytes);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("output", target.toString());
        json.put("bytes", bytes.length);
        json.put("sha256", hash.toString().replace(" ", ""));
        output.print(out, json, "CSV geschreven naar " + target + " (" + bytes.length + " bytes).\n  Code: " + hash);
        out.flush();
        return ExitCodes.OK;
    }

    /** Writes next to the target first, then moves it in place, so a reader never sees half a CSV. */
    private static void writeWhole(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".stemwerk-", ".csv");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private int fail(int exitCode, Map<String, Object> problem) {
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>(problem);
            json.put("status", exitCode == ExitCodes.CHECK_FAILED ? "invalid" : "badInput");
            output.print(spec.commandLine().getOut(), json, "");
            spec.commandLine().getOut().flush();
        } else {
            spec.commandLine().getErr().println(problem.get("message"));
            spec.commandLine().getErr().flush();
        }
        return exitCode;
    }
}
