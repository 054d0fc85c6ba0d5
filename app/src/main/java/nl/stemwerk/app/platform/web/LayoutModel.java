package nl.stemwerk.app.platform.web;

import java.util.List;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.security.StemwerkUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header and navigation need. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {
    private final MunicipalityService municipalities;

    LayoutModel(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @ModelAttribute("homeMunicipality")
    String homeMunicipality() {
        return municipalities.homeName();
    }

    @ModelAttribute("sections")
    List<Section> sections() {
        return Section.main();
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("me")
    StemwerkUser me() {
        return CurrentUser.get().orElse(null);
    }
}
