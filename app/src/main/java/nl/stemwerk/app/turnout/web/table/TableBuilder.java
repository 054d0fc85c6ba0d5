package nl.stemwerk.app.turnout.web.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.coverage.DistanceToStation;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.Ratio;

/** Builds a {@link TableView}: columns first, then rows of cells made from the library's figures. */
public final class TableBuilder {
    private static final String UNKNOWN = "onbekend";

    private final String id;
    private final String caption;
    private final List<TableView.Column> columns = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<List<Cell>> totals = new ArrayList<>();
    private final Footnotes footnotes = new Footnotes();

    public TableBuilder(String id, String caption) {
        this.id = id;
        this.caption = caption;
    }

    public TableBuilder text(String label) {
        columns.add(new TableView.Column(label, false));
        return this;
    }

    public TableBuilder number(String label) {
        columns.add(new TableView.Column(label, true));
        return this;
    }

    public Row row() {
        Row row = new Row();
        rows.add(row.cells);
        return row;
    }

    /** A row below the others that sorting leaves in place, such as the whole municipality. */
    public Row totalRow() {
        Row row = new Row();
        totals.add(row.cells);
        return row;
    }

    /** A note for the table as a whole, numbered with the others. */
    public int note(String text) {
        return footnotes.number(text);
    }

    public TableView build() {
        return new TableView(id, caption, columns, rows, totals, footnotes.list());
    }

    /** One row; add a cell per column, in column order. */
    public final class Row {
        private final List<Cell> cells = new ArrayList<>();

        public Row text(String text) {
            cells.add(Cell.text(text));
            return this;
        }

        public Row link(String text, String href) {
            cells.add(Cell.link(text, href));
            return this;
        }

        public Row whole(long value) {
            cells.add(new Cell(DutchFormat.whole(value), Long.toString(value), Long.toString(value), null, List.of()));
            return this;
        }

        /** A share as a percentage; sorted and downloaded as the percentage with two decimals. */
        public Row percent(Figure<Ratio> figure) {
            return figure(figure, DutchFormat::percent, r -> r.percent(2));
        }

        /** A number of stations: whole where it is whole, else two decimals (a mobile station counts in part). */
        public Row stations(Figure<BigDecimal> figure) {
            return figure(figure, v -> DutchFormat.decimal(v, v.stripTrailingZeros().scale() <= 0 ? 0 : 2), v -> v);
        }

        public Row decimal(Figure<BigDecimal> figure, int scale) {
            return figure(figure, v -> DutchFormat.decimal(v, scale), v -> v);
        }

        public Row count(Figure<Long> figure) {
            return figure(figure, DutchFormat::whole, BigDecimal::valueOf);
        }

        public Row population(Figure<AreaPopulation> figure) {
            return figure(figure, p -> DutchFormat.whole(p.count()) + " " + p.basis().dutchName(),
                    p -> BigDecimal.valueOf(p.count()));
        }

        public Row distance(Figure<DistanceToStation> figure) {
            return figure(figure, d -> DutchFormat.distance(d.meanMetres()) + " (verste " + DutchFormat.distance(d.maxMetres())
                    + ")", d -> BigDecimal.valueOf(Math.round(d.meanMetres())));
        }

        /** A text cell with notes of its own (e.g. a finding about a station). */
        public Row noted(String text, List<String> notes) {
            cells.add(new Cell(text, text, text, null, notes.stream().map(footnotes::number).toList()));
            return this;
        }

        private <T> Row figure(Figure<T> figure, Function<T, String> text, Function<T, BigDecimal> number) {
            cells.add(switch (figure) {
                case Figure.Known<T> known -> {
                    BigDecimal value = number.apply(known.value()).round(MathContext.DECIMAL64);
                    yield new Cell(text.apply(known.value()), value.toPlainString(), DutchFormat.csvNumber(value), null,
                            footnotes.numbers(known.caveats()));
                }
                case Figure.Unknown<T> unknown -> new Cell(UNKNOWN, "", "", null,
                        footnotes.numbers(List.of(unknown.why())));
            });
            return this;
        }
    }
}
