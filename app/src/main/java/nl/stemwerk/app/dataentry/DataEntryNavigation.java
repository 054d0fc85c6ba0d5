package nl.stemwerk.app.dataentry;

import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.NavigationLink;
import nl.stemwerk.app.platform.web.Section;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Entering and resolving in the navigation. */
@Configuration
class DataEntryNavigation {
    @Bean
    NavigationLink typingLink() {
        return new NavigationLink(Section.VERKIEZINGEN, "nav.typing.title", "nav.typing.description", "/invoer",
                Set.of(Role.INVOERDER), Set.of(Role.INVOERDER), 20);
    }

    @Bean
    NavigationLink resolveLink() {
        return new NavigationLink(Section.VERKIEZINGEN, "nav.resolve.title", "nav.resolve.description",
                "/coordinatie", Set.of(Role.COORDINATOR), Set.of(Role.COORDINATOR), 30);
    }
}
