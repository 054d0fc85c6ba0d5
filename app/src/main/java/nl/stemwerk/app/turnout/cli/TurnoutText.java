package nl.stemwerk.app.turnout.cli;

import java.util.List;
import nl.stemwerk.app.platform.text.TextTable;
import nl.stemwerk.app.turnout.figures.ElectionFigures;
import nl.stemwerk.app.turnout.files.TurnoutFile;
import nl.stemwerk.app.turnout.web.table.Cell;
import nl.stemwerk.app.turnout.web.table.DutchFormat;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.app.turnout.web.view.ElectionTables;
import nl.stemwerk.turnout.figures.CalledVotersAssessment;
import nl.stemwerk.turnout.figures.EligibleVoters;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.MunicipalTurnout;
import nl.stemwerk.turnout.figures.Ratio;

/** The figures as Dutch text for the terminal: a short block per election, then the tables as plain-text tables. */
final class TurnoutText {
    private TurnoutText() {
    }

    static String of(List<FileFigures.Municipality> municipalities, List<TurnoutFile> files) {
        StringBuilder text = new StringBuilder();
        files.forEach(file -> file.notes().forEach(note -> text.append("Let op: ").append(note.message()).append('\n')));
        if (municipalities.isEmpty()) {
            text.append("Geen telling en geen stembureaus in deze bestanden, dus er zijn geen cijfers per gemeente.\n");
        }
        for (FileFigures.Municipality m : municipalities) {
            text.append('\n').append(m.data().municipality().name()).append(" (").append(m.data().municipality().cbsCode())
                    .append(")\n");
            for (ElectionFigures e : m.elections()) {
                election(text, e);
            }
            if (m.elections().size() > 1) {
                new nl.stemwerk.app.turnout.figures.TurnoutFigures().trend(m.elections())
                        .ifPresent(t -> table(text, ElectionTables.trend(m.data().municipality().name(), t)));
            }
            m.tables().forEach(t -> table(text, t));
            m.notes().forEach(n -> text.append(n).append('\n'));
        }
        return text.toString();
    }

    private static void election(StringBuilder text, ElectionFigures e) {
        MunicipalTurnout t = e.turnout();
        text.append('\n').append(t.electionName()).append(" (").append(DutchFormat.date(t.electionDate())).append(")\n");
        text.append("  Opkomst: ").append(percentWithCounts(t.turnout())).append('\n');
        text.append("  Kiesgerechtigden: ").append(t.eligibleVoters().map(EligibleVoters::count)
                .toOptional().map(DutchFormat::whole).orElse("onbekend")).append('\n');
        text.append("  Toegelaten kiezers: ").append(DutchFormat.whole(t.admittedVoters()))
                .append("; vervroegd ").append(percent(t.earlyVotingShare()))
                .append("; met volmacht ").append(percent(t.proxyShare()))
                .append("; blanco ").append(percent(t.blankRate()))
                .append("; ongeldig ").append(percent(t.invalidRate())).append('\n');
        text.append("  Stembureaus op de verkiezingsdag: ").append(t.electionDayStations())
                .append(t.stationsPer1000().toOptional().map(v -> " (" + DutchFormat.decimal(v, 2) + " per 1000 kiesgerechtigden)")
                        .orElse("")).append('\n');
        CalledVotersAssessment a = e.assessment();
        text.append("  Opkomst per stembureau: ").append(a.usablePerStation() ? "te berekenen, met een kanttekening."
                : "niet te berekenen. " + a.findings().getFirst().explanation()).append('\n');
    }

    private static String percentWithCounts(Figure<Ratio> figure) {
        return figure.toOptional().map(r -> DutchFormat.percent(r) + " (" + DutchFormat.partOf(r) + ")")
                .orElseGet(() -> "onbekend: " + figure.whyUnknown().orElseThrow().message());
    }

    private static String percent(Figure<Ratio> figure) {
        return figure.toOptional().map(DutchFormat::percent).orElse("onbekend");
    }

    static void table(StringBuilder text, TableView table) {
        String[] headers = table.columns().stream().map(c -> (c.numeric() ? ">" : "") + c.label()).toArray(String[]::new);
        TextTable plain = new TextTable(headers);
        java.util.stream.Stream.concat(table.rows().stream(), table.totals().stream()).forEach(row -> plain.row(
                row.stream().map(TurnoutText::cell).toArray()));
        text.append('\n').append(table.caption()).append('\n').append(plain);
        table.footnotes().forEach(f -> text.append("  ").append(f.number()).append(". ").append(f.text()).append('\n'));
    }

    private static String cell(Cell cell) {
        return cell.notes().isEmpty() ? cell.text()
                : cell.text() + " (" + String.join(",", cell.notes().stream().map(String::valueOf).toList()) + ")";
    }
}
