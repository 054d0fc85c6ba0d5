package nl.stemwerk.app.municipality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The polling stations of the home municipality, as a page and in the API. Every signed-in role may read them. */
@Controller
@Tag(name = "Gemeenten", description = "Gemeenten en hun stembureaus")
class PollingStationsController {
    private final MunicipalityService municipalities;

    PollingStationsController(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping("/verkiezingen/stembureaus")
    String page(Model model) {
        municipalities.home().ifPresent(home -> {
            model.addAttribute("municipality", home);
            model.addAttribute("stations", municipalities.stations(home));
        });
        return "municipality/stations";
    }

    @Operation(summary = "Alle gemeenten in deze installatie (de eigen gemeente eerst)")
    @GetMapping("/api/gemeenten")
    @ResponseBody
    List<Municipality> all() {
        return municipalities.all();
    }

    @Operation(summary = "De stembureaus van een gemeente, op nummer")
    @GetMapping("/api/gemeenten/{cbsCode}/stembureaus")
    @ResponseBody
    List<PollingStationRow> stations(@PathVariable String cbsCode) {
        Municipality municipality = municipalities.all().stream().filter(m -> m.cbsCode().equalsIgnoreCase(cbsCode))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return municipalities.stations(municipality);
    }
}
