package nl.stemwerk.app.eml;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.eml.hash.EmlHash;
import nl.stemwerk.eml.hash.RedactedEmlHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stemwerk eml hash FILE…}: the SHA-256 of a file as on the Kiesraad's paper list (16 groups of four), and the
 * two groups Stemwerk (like Abacus) will ask the user to type when the file is imported.
 */
@Command(name = "hash", mixinStandardHelpOptions = true,
        description = {"Bereken de code (SHA-256) van een bestand, in 16 groepen van vier tekens, zoals op de"
                + " papieren lijst. Ook ziet u welke twee groepen Stemwerk bij de import laat overtypen.",
                "Exitcode 0: klaar; 2: een bestand bestaat niet of kan niet worden gelezen."})
public class EmlHashCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "BESTAND", description = "Eén of meer bestanden.")
    List<Path> files;

    @Mixin
    CliOutput output;

    @Override
    public Integer call() {
        List<Map<String, Object>> results = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", CliFiles.name(file));
            try {
                EmlHash hash = CliFiles.read(file, EmlHash::of);
                RedactedEmlHash redacted = hash.redacted();
                result.put("sha256", hash.toString().replace(" ", ""));
                result.put("groups", hash.groups());
                result.put("blanks", List.of(redacted.firstBlank() + 1, redacted.secondBlank() + 1));
                text.append("Code van ").append(CliFiles.name(file)).append(":\n  ").append(hash).append('\n')
                        .append("  Bij de import vraagt Stemwerk groep ").append(redacted.firstBlank() + 1)
                        .append(" en ").append(redacted.secondBlank() + 1).append(": ").append(redacted.display())
                        .append('\n');
            } catch (CliFiles.BadFile e) {
                result.putAll(EmlJson.badFile(e));
                text.append("Niet gelezen: ").append(CliFiles.name(file)).append("\n  ").append(e.getMessage())
                        .append('\n');
                exit = ExitCodes.BAD_INPUT;
            }
            results.add(result);
        }
        PrintWriter out = spec.commandLine().getOut();
        output.print(out, Map.of("files", results), text.toString().stripTrailing());
        out.flush();
        return exit;
    }
}
