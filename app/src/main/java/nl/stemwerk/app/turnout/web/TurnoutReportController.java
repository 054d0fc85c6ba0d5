package nl.stemwerk.app.turnout.web;

import nl.stemwerk.app.turnout.TurnoutAccess;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.report.TurnoutReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The printable report for the council, as a PDF. */
@Controller
@PreAuthorize(TurnoutAccess.READ)
class TurnoutReportController {
    private final TurnoutDataService data;
    private final TurnoutReport report;

    TurnoutReportController(TurnoutDataService data, TurnoutReport report) {
        this.data = data;
        this.report = report;
    }

    @GetMapping("/opkomst/{code:GM\\d{4}}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        return Downloads.file("opkomst-" + code + ".pdf", MediaType.APPLICATION_PDF, report.pdf(data.load(code)));
    }
}
