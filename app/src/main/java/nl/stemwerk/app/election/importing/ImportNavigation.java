package nl.stemwerk.app.election.importing;

import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.NavigationLink;
import nl.stemwerk.app.platform.web.Section;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import wizard on the beheer page and the beheerder's start page. */
@Configuration
class ImportNavigation {
    @Bean
    NavigationLink importLink() {
        return new NavigationLink(Section.BEHEER, "nav.import.title", "nav.import.description", "/beheer/import",
                Set.of(Role.BEHEERDER), Set.of(Role.BEHEERDER), 5);
    }
}
