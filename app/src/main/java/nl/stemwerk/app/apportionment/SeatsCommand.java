package nl.stemwerk.app.apportionment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.kieswet.apportionment.ApportionmentInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stemwerk seats}: the seat allocation and the elected candidates by the Kieswet (articles P 5–P 19a), from a
 * JSON file or from flags. Needs no database. Exit code 0: done; 2: the input is wrong; 5: a drawing of lots is
 * needed first.
 */
@Command(name = "seats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Bereken de zetelverdeling en de gekozen kandidaten volgens de Kieswet (artikel P 5 tot en met"
                + " P 19a).",
                "Geef een JSON-bestand met lijsten, kandidaten en stemmen, of alleen --seats en --votes, of een"
                        + " telling en kandidatenlijsten (EML): --count 510.xml --candidates 230.xml --seats N.",
                "Exitcode 0: klaar; 2: de invoer klopt niet; 5: er moet eerst worden geloot (geef de uitkomst met"
                        + " --lots)."},
        footer = {"", "JSON-bestand:",
                "  {\"seats\": 17, \"lists\": [{\"number\": 1, \"name\": \"Partij A\",",
                "     \"candidates\": [{\"number\": 1, \"name\": \"Jansen, A.\", \"votes\": 581}, ...]}, ...],",
                "   \"deceased\": [{\"list\": 2, \"candidate\": 4}], \"lots\": [9]}",
                "Voorbeeld met vlaggen: stemwerk seats --seats 17 --votes 1893,1345,1372,1157,941,972,999,671"})
public class SeatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BESTAND",
            description = "JSON-bestand met zetels, lijsten, kandidaten en stemmen.")
    Path file;

    @Option(names = "--seats", paramLabel = "AANTAL", description = "Aantal zetels (1 tot en met 150), zonder bestand.")
    Integer seats;

    @Option(names = "--votes", split = ",", paramLabel = "STEMMEN",
            description = "Stemmen per lijst, in lijstvolgorde, gescheiden door komma's, zonder bestand.")
    List<Long> votes;

    @Option(names = "--candidates", split = ",", paramLabel = "AANTAL",
            description = "Aantal kandidaten per lijst, zonder bestand (standaard: evenveel als zetels). Met --count:"
                    + " de kandidatenlijsten (EML 230b).")
    List<String> candidates;

    @Option(names = "--count", paramLabel = "510.xml",
            description = "De telling (EML 510b of 510d); geef dan ook --candidates 230.xml en --seats.")
    Path count;

    @Option(names = "--lots", split = ",", paramLabel = "NUMMER",
            description = "Uitkomsten van lotingen die al zijn gehouden, in de volgorde waarin Stemwerk erom vroeg:"
                    + " het lijstnummer (of kandidaatnummer) dat het lot aanwees.")
    List<Integer> lots;

    @Mixin
    CliOutput output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SeatsInput input;
        SeatAllocationRun run;
        try {
            input = input();
            run = SeatAllocationRun.of(input.toApportionmentInput(), input.lotOutcomes());
        } catch (SeatsInputException e) {
            return badInput(err, e.code(), e.field(), e.getMessage());
        } catch (ApportionmentInputException e) {
            return badInput(err, e.code(), e.field(), e.getMessage());
        }
        String text = run.completed() ? SeatsText.completed(input, run) : SeatsText.drawingRequired(input, run);
        output.print(out, SeatsJson.of(input, run), text.stripTrailing());
        out.flush();
        return run.completed() ? ExitCodes.OK : ExitCodes.DRAWING_OF_LOTS_REQUIRED;
    }

    private SeatsInput input() {
        if (count != null) {
            if (file != null || votes != null) {
                throw new SeatsInputException("FILE_AND_FLAGS", "--count",
                        "Geef een telling met --count, of een JSON-bestand, of --votes; niet meer dan één.");
            }
            if (candidates == null || candidates.size() != 1 || seats == null) {
                throw new SeatsInputException("MISSING_FIELD", candidates == null || candidates.size() != 1
                        ? "--candidates" : "--seats", "Geef bij --count ook de kandidatenlijsten (--candidates"
                        + " 230.xml) en het aantal zetels (--seats); dat staat niet in de telling.");
            }
            return SeatsFromEml.read(count, Path.of(candidates.getFirst()), seats, lots);
        }
        if (file != null) {
            if (seats != null || votes != null || candidates != null) {
                throw new SeatsInputException("FILE_AND_FLAGS", "--seats",
                        "Geef een JSON-bestand of de vlaggen --seats en --votes, niet allebei.");
            }
            SeatsInput fromFile = SeatsInputJson.read(file);
            return lots == null ? fromFile : new SeatsInput(fromFile.seats(), fromFile.lists(), fromFile.deceased(),
                    concat(fromFile.lotOutcomes(), lots), true);
        }
        if (seats == null) {
            throw new SeatsInputException("MISSING_FIELD", "--seats",
                    "Geef een JSON-bestand, of het aantal zetels met --seats en de stemmen per lijst met --votes.");
        }
        return SeatsFlags.toInput(seats, votes, candidateCounts(), lots);
    }

    /** {@code --candidates 3,4,5}: whole numbers when there is no {@code --count}. */
    private List<Integer> candidateCounts() {
        if (candidates == null) {
            return null;
        }
        List<Integer> counts = new java.util.ArrayList<>();
        for (String value : candidates) {
            try {
                counts.add(Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                throw new SeatsInputException("NOT_A_WHOLE_NUMBER", "--candidates", "Ongeldige waarde '" + value
                        + "' voor --candidates: dit moet een geheel getal zijn (of, met --count, een 230b-bestand).");
            }
        }
        return counts;
    }

    private int badInput(PrintWriter err, String code, String field, String message) {
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", "badInput");
            json.put("code", code);
            json.put("field", field);
            json.put("message", message);
            output.print(spec.commandLine().getOut(), json, message);
            spec.commandLine().getOut().flush();
        } else {
            err.println(message);
            err.flush();
        }
        return ExitCodes.BAD_INPUT;
    }

    private static List<Integer> concat(List<Integer> first, List<Integer> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
