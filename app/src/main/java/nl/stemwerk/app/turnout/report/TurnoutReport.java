package nl.stemwerk.app.turnout.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stemwerk.app.platform.pdf.XhtmlPdf;
import nl.stemwerk.app.turnout.figures.AreaFiguresResult;
import nl.stemwerk.app.turnout.figures.AreaLevelChoice;
import nl.stemwerk.app.turnout.figures.ElectionFigures;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.app.turnout.web.view.AreaTables;
import nl.stemwerk.app.turnout.web.view.ElectionTables;
import nl.stemwerk.app.turnout.web.view.PlanningTables;
import nl.stemwerk.turnout.planning.Ranking;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable report for the council: turnout per election and over time, why figures per station can or cannot
 * be trusted, the figures per area and the planning, with the sources. HTML from a Thymeleaf template, made into a
 * PDF by openhtmltopdf with Noto Sans embedded (tagged for screen readers, PDF/UA).
 */
@Service
public class TurnoutReport {
    private static final String FONT_FOLDER = "/pdf/fonts/";
    private static final int TOP_AREAS = 10;

    private final ITemplateEngine templates;
    private final TurnoutFigures figures;
    private final Clock clock;

    public TurnoutReport(ITemplateEngine templates, TurnoutFigures figures, Clock clock) {
        this.templates = templates;
        this.figures = figures;
        this.clock = clock;
    }

    public byte[] pdf(TurnoutData data) {
        String html = templates.process("turnout/report", new Context(Locale.forLanguageTag("nl-NL"), model(data)));
        return XhtmlPdf.render(html);
    }

    Map<String, Object> model(TurnoutData data) {
        Map<String, Object> model = new HashMap<>();
        String name = data.municipality().name();
        List<ElectionFigures> elections = figures.elections(data);
        model.put("municipality", data.municipality());
        model.put("today", LocalDate.now(clock));
        model.put("elections", elections);
        model.put("electionTable", ElectionTables.elections(name, "", elections));
        figures.trend(elections).ifPresent(t -> model.put("trendTable", ElectionTables.trend(name, t)));
        AreaFiguresResult byPostcode = figures.areas(data, AreaLevelChoice.PC4, data.latestCount());
        byPostcode.grouping().ifPresent(g -> model.put("postcodeTable", AreaTables.areas("Cijfers per postcodegebied, "
                + data.latestCount().orElseThrow().count().electionName(), g)));
        AreaFiguresResult byWijk = figures.areas(data, AreaLevelChoice.WIJK, data.latestCount());
        byWijk.grouping().ifPresent(g -> model.put("wijkTable", AreaTables.areas("Cijfers per wijk", g)));
        AreaFiguresResult forPlanning = byWijk.grouping().isPresent() ? byWijk : byPostcode;
        forPlanning.grouping().ifPresent(g -> {
            Ranking ranking = figures.ranking(g);
            Ranking top = new Ranking(ranking.ranked().subList(0, Math.min(TOP_AREAS, ranking.ranked().size())), List.of());
            model.put("planningTable", PlanningTables.ranking("De " + top.ranked().size() + " gebieden ("
                    + forPlanning.level().dutchName() + ") waar een extra of mobiel stembureau het meest helpt", top));
        });
        model.put("notes", byWijk.notes());
        return model;
    }

}
