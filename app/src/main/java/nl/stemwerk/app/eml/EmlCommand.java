package nl.stemwerk.app.eml;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stemwerk eml}: EML_NL files on the command line, without a database. */
@Command(name = "eml", mixinStandardHelpOptions = true,
        description = {"Werk met EML_NL-bestanden van de Kiesraad: controleren, de code (hash) berekenen en de"
                + " CSV per stembureau maken. Er is geen database nodig.",
                "Exitcode 0: in orde; 1: een bestand is niet in orde; 2: de opdracht klopt niet (bijvoorbeeld een"
                        + " bestand dat niet bestaat)."},
        subcommands = {EmlValidateCommand.class, EmlHashCommand.class, EmlCsvCommand.class})
public class EmlCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
