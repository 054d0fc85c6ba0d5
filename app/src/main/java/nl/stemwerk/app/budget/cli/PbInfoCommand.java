package nl.stemwerk.app.budget.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.stemwerk.app.platform.cli.BadInput;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.budgeting.money.DutchNumbers;
import nl.stemwerk.budgeting.pabulib.PbFile;
import nl.stemwerk.budgeting.pabulib.PbProblem;
import nl.stemwerk.budgeting.pabulib.PbReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stemwerk pb info FILE.pb}: what is in a .pb file, and what the reader warns about. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Laat zien wat er in een .pb-bestand staat: budget, projecten, stemmen en waarschuwingen.")
public class PbInfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BESTAND", description = "Het .pb-bestand.")
    Path file;

    @Mixin
    CliOutput output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PbReadResult read;
        try {
            read = PbInput.read(file);
        } catch (BadInput e) {
            return e.report(output, out, spec.commandLine().getErr());
        }
        PbFile pb = read.file();
        List<String> warnings = read.warnings().stream().map(PbProblem::dutchText).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "ok");
        json.put("description", pb.meta().getOrDefault("description", ""));
        json.put("unit", pb.meta().getOrDefault("unit", ""));
        json.put("country", pb.meta().getOrDefault("country", ""));
        json.put("budget", pb.budget().toPlainString());
        json.put("currency", pb.currency());
        json.put("voteType", pb.meta().get("vote_type"));
        json.put("projects", pb.projects().size());
        json.put("votes", pb.votes().size());
        json.put("rule", pb.meta().getOrDefault("rule", ""));
        json.put("warnings", warnings);
        StringBuilder text = new StringBuilder();
        text.append(pb.meta().getOrDefault("description", file.getFileName().toString())).append('\n');
        text.append("Plaats: ").append(String.join(", ", List.of(pb.meta().getOrDefault("unit", "onbekend"),
                pb.meta().getOrDefault("country", "onbekend")))).append('\n');
        text.append("Budget: ").append(DutchNumbers.amount(pb.budget(), pb.currency())).append('\n');
        text.append("Stemwijze: ").append(pb.meta().get("vote_type")).append('\n');
        text.append("Projecten: ").append(DutchNumbers.count(pb.projects().size())).append('\n');
        text.append("Stemmen: ").append(DutchNumbers.count(pb.votes().size())).append('\n');
        if (pb.meta().containsKey("rule")) {
            text.append("Rekenregel in het bestand: ").append(pb.meta().get("rule")).append('\n');
        }
        text.append(warnings.isEmpty() ? "Geen waarschuwingen." : "Waarschuwingen:\n  " + String.join("\n  ",
                warnings));
        output.print(out, json, text.toString());
        out.flush();
        return ExitCodes.OK;
    }
}
