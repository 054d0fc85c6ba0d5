package nl.stemwerk.app.sortition.cli;

import picocli.CommandLine.Command;

/** {@code stemwerk sortition}: compute a fair lottery for a citizens' assembly, draw from it, and replay a draw. */
@Command(name = "sortition", mixinStandardHelpOptions = true,
        description = {"Loot een burgerberaad met quota, zo eerlijk als de quota toelaten, en controleer een loting.",
                "Heeft geen database nodig. Exitcode 0: klaar; 1: de quota zijn niet haalbaar of de controle vond"
                        + " een fout; 2: een bestand of een optie klopt niet."},
        subcommands = {SortitionRunCommand.class, SortitionVerifyCommand.class})
public class SortitionCommand {
}
