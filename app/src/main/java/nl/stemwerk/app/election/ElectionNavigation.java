package nl.stemwerk.app.election;

import java.util.EnumSet;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.NavigationLink;
import nl.stemwerk.app.platform.web.Section;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The elections page in the navigation. */
@Configuration
class ElectionNavigation {
    @Bean
    NavigationLink electionsLink() {
        return new NavigationLink(Section.VERKIEZINGEN, "nav.elections.title", "nav.elections.description",
                "/verkiezingen/uitslag", EnumSet.complementOf(EnumSet.of(Role.GRIFFIE, Role.KENNISBEHEERDER)),
                Set.of(Role.COORDINATOR, Role.GSB_VOORZITTER, Role.GSB_LID, Role.CSB), 10);
    }
}
