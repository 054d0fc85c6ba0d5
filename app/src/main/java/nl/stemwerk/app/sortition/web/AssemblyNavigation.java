package nl.stemwerk.app.sortition.web;

import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.NavigationLink;
import nl.stemwerk.app.platform.web.Section;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The burgerberaden in section Participatie. */
@Configuration
class AssemblyNavigation {
    @Bean
    NavigationLink assembliesLink() {
        return new NavigationLink(Section.PARTICIPATIE, "sortition.nav.title", "sortition.nav.description",
                AssemblyController.BASE, Set.of(Role.GRIFFIE), Set.of(), 30);
    }
}
