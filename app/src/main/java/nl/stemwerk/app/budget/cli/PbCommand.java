package nl.stemwerk.app.budget.cli;

import picocli.CommandLine.Command;

/** {@code stemwerk pb}: read and recompute pabulib {@code .pb} files, without a database. */
@Command(name = "pb", mixinStandardHelpOptions = true,
        description = {"Lees en reken een burgerbegroting na uit een .pb-bestand (het formaat van pabulib.org).",
                "Heeft geen database nodig. Exitcode 0: klaar; 2: het bestand of een optie klopt niet; 5: er moet"
                        + " eerst worden geloot (geef de seed met --lot)."},
        subcommands = {PbInfoCommand.class, PbRunCommand.class})
public class PbCommand {
}
