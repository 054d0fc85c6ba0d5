package nl.stemwerk.app.apportionment;

import static nl.stemwerk.app.platform.text.DutchNumbers.whole;

import java.util.List;
import nl.stemwerk.app.platform.text.TextTable;
import nl.stemwerk.kieswet.apportionment.AllocationExplanation;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;
import nl.stemwerk.kieswet.apportionment.CandidateId;
import nl.stemwerk.kieswet.apportionment.ListCandidates;
import nl.stemwerk.kieswet.apportionment.ListStanding;
import nl.stemwerk.kieswet.apportionment.LotDrawn;
import nl.stemwerk.kieswet.apportionment.SeatAllocation;

/** The Dutch text {@code stemwerk seats} prints: the table of seats, the steps with their articles, the elected. */
final class SeatsText {
    private SeatsText() {
    }

    static String completed(SeatsInput input, SeatAllocationRun run) {
        ApportionmentOutcome.Completed completed = (ApportionmentOutcome.Completed) run.outcome();
        SeatAllocation allocation = completed.seatAllocation();
        StringBuilder out = new StringBuilder();
        out.append("Zetelverdeling: ").append(allocation.seats()).append(" zetels, ")
                .append(whole(allocation.totalVotes())).append(" stemmen op lijsten.\n\n");
        out.append(standings(input, allocation.standings()));
        if (allocation.unassignedSeats() > 0) {
            out.append("Let op: ").append(allocation.unassignedSeats())
                    .append(" zetel(s) blijven leeg, omdat geen lijst nog kandidaten heeft (artikel P 10).\n");
        }
        lots(out, run.lotsDrawn());
        out.append("\nHoe de zetels zijn verdeeld\n");
        List<String> explanation = input.candidateVotesKnown()
                ? AllocationExplanation.of(completed, input.listNames())
                : AllocationExplanation.of(allocation, input.listNames());
        explanation.forEach(line -> out.append("  ").append(line).append('\n'));
        if (input.candidateVotesKnown()) {
            out.append('\n').append(elected(input, completed));
        } else {
            out.append("\nGekozen kandidaten: niet bepaald. U gaf alleen de stemmen per lijst. Geef een JSON-bestand"
                    + " met de stemmen per kandidaat om de gekozen kandidaten te zien.\n");
        }
        return out.toString();
    }

    static String drawingRequired(SeatsInput input, SeatAllocationRun run) {
        ApportionmentOutcome.DrawingOfLotsRequired required = (ApportionmentOutcome.DrawingOfLotsRequired) run.outcome();
        StringBuilder out = new StringBuilder("Loting nodig. Stemwerk kan de zetelverdeling pas afmaken als het"
                + " centraal stembureau in een openbare zitting heeft geloot (artikel " + required.drawing().article()
                + ").\n\n");
        out.append(required.drawing().dutchDescription()).append('\n');
        out.append("Doen mee aan de loting: ").append(options(input, required)).append(".\n");
        lots(out, run.lotsDrawn());
        out.append("\nStand tot nu toe:\n").append(standings(input, required.standings()));
        out.append("\nGeef de uitkomst van de loting met --lots (bijvoorbeeld --lots ")
                .append(required.drawing().options().getFirst())
                .append(run.lotsDrawn().isEmpty() ? "" : ", na de uitkomsten die u al gaf")
                .append(") of in het veld \"lots\" van het JSON-bestand, en start opnieuw.\n");
        return out.toString();
    }

    private static String options(SeatsInput input, ApportionmentOutcome.DrawingOfLotsRequired required) {
        if (required.drawing() instanceof nl.stemwerk.kieswet.apportionment.DrawingOfLots.CandidateTie tie) {
            return String.join(", ", tie.tiedCandidates().stream()
                    .map(c -> c + " (" + input.candidateName(new CandidateId(tie.listNumber(), c)) + ")").toList());
        }
        return String.join(", ", required.drawing().options().stream().map(n -> listLabel(input, n)).toList());
    }

    private static String standings(SeatsInput input, List<ListStanding> standings) {
        TextTable table = new TextTable(">Lijst", "Naam", ">Stemmen", ">Volle zetels", ">Restzetels", ">Zetels");
        long votes = 0;
        int full = 0;
        int residual = 0;
        for (ListStanding s : standings) {
            table.row(s.listNumber(), input.listNames().getOrDefault(s.listNumber(), ""), whole(s.votes()),
                    s.fullSeats(), s.residualSeats(), s.totalSeats());
            votes += s.votes();
            full += s.fullSeats();
            residual += s.residualSeats();
        }
        table.row("", "Totaal", whole(votes), full, residual, full + residual);
        return table.toString();
    }

    private static void lots(StringBuilder out, List<LotDrawn> lots) {
        if (lots.isEmpty()) {
            return;
        }
        out.append("\nLotingen die al zijn gehouden:\n");
        int n = 1;
        for (LotDrawn lot : lots) {
            out.append("  ").append(n++).append(". ").append(lot.drawing().dutchDescription())
                    .append(" Uitkomst: ").append(lot.chosen()).append(".\n");
        }
    }

    private static String elected(SeatsInput input, ApportionmentOutcome.Completed completed) {
        StringBuilder out = new StringBuilder("Gekozen kandidaten\n");
        for (ListCandidates list : completed.election().lists()) {
            if (list.seats() == 0) {
                continue;
            }
            out.append("  ").append(capital(listLabel(input, list.listNumber()))).append(": ")
                    .append(list.seats() == 1 ? "1 zetel" : list.seats() + " zetels").append('\n');
            for (int candidate : list.electedByPreference()) {
                out.append(candidateLine(input, list.listNumber(), candidate, "met voorkeurstemmen (artikel P 15)"));
            }
            for (int candidate : list.electedByListOrder()) {
                out.append(candidateLine(input, list.listNumber(), candidate, "in de volgorde van de lijst (artikel P 17)"));
            }
        }
        return out.toString();
    }

    private static String candidateLine(SeatsInput input, int list, int candidate, String how) {
        CandidateId id = new CandidateId(list, candidate);
        return "    " + candidate + ". " + input.candidateName(id) + ", " + whole(input.candidateVotes(id))
                + " stemmen, gekozen " + how + "\n";
    }

    private static String listLabel(SeatsInput input, int number) {
        String name = input.listNames().getOrDefault(number, "");
        return name.isBlank() ? "lijst " + number : "lijst " + number + " (" + name + ")";
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
