package nl.stemwerk.app.turnout;

import java.util.EnumSet;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.NavigationLink;
import nl.stemwerk.app.platform.web.Section;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The turnout pages in section Opkomst. */
@Configuration
class TurnoutNavigation {
    /** Griffie and the election team read the figures; raadplegers too, read-only. */
    static final Set<Role> READERS = EnumSet.of(Role.GRIFFIE, Role.COORDINATOR, Role.GSB_VOORZITTER, Role.GSB_LID,
            Role.CSB, Role.BEHEERDER, Role.RAADPLEGER);

    @Bean
    NavigationLink turnoutMunicipalitiesLink() {
        return new NavigationLink(Section.OPKOMST, "nav.turnout.title", "nav.turnout.description", "/opkomst/gemeenten",
                READERS, Set.of(Role.GRIFFIE, Role.RAADPLEGER), 10);
    }

    @Bean
    NavigationLink turnoutImportLink() {
        return new NavigationLink(Section.OPKOMST, "nav.turnout.import.title", "nav.turnout.import.description",
                "/opkomst/importeren", Set.of(Role.GRIFFIE, Role.BEHEERDER), Set.of(Role.GRIFFIE), 20);
    }
}
