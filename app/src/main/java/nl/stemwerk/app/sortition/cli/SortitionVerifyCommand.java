package nl.stemwerk.app.sortition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.stemwerk.app.platform.cli.BadInput;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.draw.Draw;
import nl.stemwerk.sortition.draw.DrawnPanel;
import nl.stemwerk.sortition.draw.LotteryFile;
import nl.stemwerk.sortition.draw.PublicSeed;
import nl.stemwerk.sortition.selection.Lottery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stemwerk sortition verify FILE --seed S}: check a published lottery file and replay its draw. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Controleer een gepubliceerd lotingbestand (de resultaat-hash, de quota van elk panel, de"
                + " loten) en doe de trekking opnieuw met het openbare lotnummer.",
                "Iedereen met het bestand en het lotnummer krijgt zo hetzelfde panel. Vergelijk de resultaat-hash"
                        + " met de hash die vóór de trekking is gepubliceerd."},
        footer = {"", "Voorbeeld: stemwerk sortition verify loting.txt --seed \"4 8 1 5 1 6\""})
public class SortitionVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOTINGBESTAND", description = "Het lotingbestand (van sortition run --out).")
    Path file;

    @Option(names = "--seed", required = true, paramLabel = "LOTNUMMER",
            description = "Het openbare lotnummer: minstens 6 cijfers; spaties, punten en streepjes tellen niet.")
    String seed;

    @Mixin
    CliOutput output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PublicSeed publicSeed;
        Lottery lottery;
        try {
            publicSeed = SortitionInput.seed(seed);
            lottery = SortitionInput.read(file, "LOTINGBESTAND", LotteryFile::read);
        } catch (BadInput e) {
            boolean checkFailed = ProblemCode.LOTTERY_FILE_INVALID.name().equals(e.code());
            return checkFailed
                    ? BadInput.report("checkFailed", e.code(), e.field(), "Het lotingbestand klopt niet.\n"
                            + e.getMessage(), ExitCodes.CHECK_FAILED, output, out, err)
                    : e.report(output, out, err);
        }
        DrawnPanel panel = Draw.draw(lottery, publicSeed);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "verified");
        json.put("lottery", SortitionReport.lottery(lottery));
        json.put("draw", SortitionReport.panel(panel));
        output.print(out, json, "Het lotingbestand klopt.\n" + SortitionReport.lotteryText(lottery) + "\n\n"
                + SortitionReport.panelText(panel));
        out.flush();
        return ExitCodes.OK;
    }
}
