package nl.stemwerk.app.turnout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.turnout.files.FileProblem;
import nl.stemwerk.app.turnout.files.TurnoutFile;
import nl.stemwerk.app.turnout.files.TurnoutFileKind;
import nl.stemwerk.app.turnout.files.TurnoutFileReader;
import nl.stemwerk.app.turnout.files.UnusableFile;
import nl.stemwerk.turnout.geo.InvalidShapes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stemwerk turnout FILE… [--by pc4|wijk|buurt|station] [--json]}: the turnout figures of the files given,
 * computed by the same library calls as the pages, without a database. Each file's kind is told from its content.
 * Exit code 0: done; 2: a file cannot be used (the message names file, row and column).
 */
@Command(name = "turnout", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Opkomst en dekking van stembureaus uit bestanden: een telling (osv4-3 CSV of EML 510b),"
                + " stembureaus (Open Data Standaard, CSV of xlsx), wijk- en buurtgrenzen (GeoJSON of TopoJSON),"
                + " kiesgerechtigden (CBS xlsx) en inwoners (CBS-kerncijfers CSV).",
                "Zonder --by: de opkomst per gemeente en verkiezing, en het verloop als er meer verkiezingen zijn.",
                "Exitcode 0: klaar; 2: een bestand is niet te gebruiken."},
        footer = {"", "Voorbeelden:",
                "  stemwerk turnout osv4-3_telling_gr2022_hilversum.csv --by pc4",
                "  stemwerk turnout telling.csv wijken.geojson buurten.geojson stembureaus.csv --by wijk --json"})
public class TurnoutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "BESTAND", description = "De bestanden, in willekeurige volgorde.")
    List<Path> files;

    @Option(names = "--by", paramLabel = "INDELING",
            description = "Ook een tabel per pc4 (postcodegebied), wijk, buurt of station (stembureau).")
    String by;

    @Option(names = "--repair-shapes",
            description = "Herstel ongeldige vlakken in een kaart (alleen voor vereenvoudigde kaarten) en meld ze.")
    boolean repairShapes;

    @Mixin
    CliOutput output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Grouping grouping = Grouping.of(by);
            List<TurnoutFile> read = read();
            List<FileFigures.Municipality> municipalities = FileFigures.of(read, grouping);
            output.print(out, Map.of("municipalities", municipalities.stream().map(FileFigures.Municipality::json).toList()),
                    TurnoutText.of(municipalities, read).stripTrailing());
            out.flush();
            return ExitCodes.OK;
        } catch (UnusableFile e) {
            return badInput(err, e.code(), e.problems().stream().map(p -> p.describe()).toList());
        }
    }

    private List<TurnoutFile> read() {
        List<TurnoutFile> read = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw UnusableFile.of("FILE_NOT_FOUND", name, "Het bestand bestaat niet: " + file + ".");
            } catch (IOException e) {
                throw UnusableFile.of("UNREADABLE", name, "Het bestand kan niet worden gelezen: " + e.getMessage());
            }
            TurnoutFileKind kind = TurnoutFileReader.detect(name, content);
            read.add(TurnoutFileReader.read(kind, name, content,
                    repairShapes ? InvalidShapes.REPAIR_AND_REPORT : InvalidShapes.REFUSE));
        }
        return read;
    }

    private int badInput(PrintWriter err, String code, List<String> messages) {
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", "badInput");
            json.put("code", code);
            json.put("messages", messages);
            output.print(spec.commandLine().getOut(), json, "");
            spec.commandLine().getOut().flush();
        } else {
            messages.forEach(err::println);
            err.flush();
        }
        return ExitCodes.BAD_INPUT;
    }

    /** The table asked for with --by. */
    enum Grouping {
        NONE, PC4, WIJK, BUURT, STATION;

        static Grouping of(String by) {
            if (by == null) {
                return NONE;
            }
            return switch (by.toLowerCase(java.util.Locale.ROOT)) {
                case "pc4" -> PC4;
                case "wijk" -> WIJK;
                case "buurt" -> BUURT;
                case "station", "stembureau" -> STATION;
                default -> throw new UnusableFile(List.of(new FileProblem("BAD_OPTION", "optie --by",
                        "Kies pc4, wijk, buurt of station, niet '" + by + "'.")));
            };
        }
    }
}
