package nl.stemwerk.app.platform.web;

import java.util.EnumSet;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's own pages in the navigation. */
@Configuration
class PlatformNavigation {
    @Bean
    NavigationLink usersLink() {
        return new NavigationLink(Section.BEHEER, "nav.users.title", "nav.users.description", "/beheer/gebruikers",
                Set.of(Role.BEHEERDER), Set.of(Role.BEHEERDER), 10);
    }

    @Bean
    NavigationLink auditLink() {
        return new NavigationLink(Section.BEHEER, "nav.audit.title", "nav.audit.description", "/beheer/auditlog",
                Set.of(Role.BEHEERDER), Set.of(Role.BEHEERDER), 20);
    }

    @Bean
    NavigationLink pollingStationsLink() {
        return new NavigationLink(Section.VERKIEZINGEN, "nav.stations.title", "nav.stations.description",
                "/verkiezingen/stembureaus", EnumSet.allOf(Role.class),
                Set.of(Role.COORDINATOR, Role.GSB_VOORZITTER, Role.GSB_LID, Role.CSB, Role.RAADPLEGER), 90);
    }
}
