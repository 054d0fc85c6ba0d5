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
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.summary.EmlInspector;
import nl.stemwerk.eml.summary.EmlSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stemwerk eml validate FILE…}: reads each file as any EML_NL message Stemwerk knows (110a, 110b, 230b,
 * 510b, 510d, 520), validates it against the strict Kiesraad schema, checks its totals, and says what it holds.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Controleer EML_NL-bestanden tegen het strikte schema van de Kiesraad en zeg wat erin staat.",
                "Exitcode 0: alle bestanden zijn in orde; 1: een bestand is niet in orde; 2: een bestand bestaat"
                        + " niet of kan niet worden gelezen."})
public class EmlValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "BESTAND", description = "Eén of meer EML-bestanden.")
    List<Path> files;

    @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "50",
            description = "Het grootste bestand dat wordt gelezen, in MB (standaard ${DEFAULT-VALUE}).")
    int maxMegabytes;

    @Mixin
    CliOutput output;

    @Override
    public Integer call() {
        EmlInspector inspector = new EmlInspector(EmlReadOptions.defaults().withMaxBytes(maxMegabytes * 1024L * 1024L));
        List<Map<String, Object>> results = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", CliFiles.name(file));
            try {
                EmlSummary summary = CliFiles.read(file, in -> inspector.inspect(in, CliFiles.name(file)));
                result.put("valid", true);
                result.put("summary", EmlJson.summary(summary));
                text.append("In orde: ").append(CliFiles.name(file)).append('\n');
                summary.describe().forEach(line -> text.append("  ").append(line).append('\n'));
            } catch (EmlException e) {
                result.put("valid", false);
                result.putAll(EmlJson.problem(e));
                text.append("Niet in orde: ").append(CliFiles.name(file)).append('\n')
                        .append("  ").append(e.getMessage()).append('\n');
                exit = Math.max(exit, ExitCodes.CHECK_FAILED);
            } catch (CliFiles.BadFile e) {
                result.put("valid", false);
                result.putAll(EmlJson.badFile(e));
                text.append("Niet gelezen: ").append(CliFiles.name(file)).append('\n')
                        .append("  ").append(e.getMessage()).append('\n');
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
