package nl.stemwerk.app.budget;

import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.NavigationLink;
import nl.stemwerk.app.platform.web.Section;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The burgerbegrotingen in section Participatie, a start tile for the griffie. */
@Configuration
class BudgetNavigation {
    @Bean
    NavigationLink budgetsLink() {
        return new NavigationLink(Section.PARTICIPATIE, "budget.nav.title", "budget.nav.description",
                "/participatie/begrotingen", Set.of(Role.GRIFFIE), Set.of(Role.GRIFFIE), 20);
    }
}
