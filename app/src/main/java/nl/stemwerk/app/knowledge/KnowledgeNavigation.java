package nl.stemwerk.app.knowledge;

import java.util.EnumSet;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.NavigationLink;
import nl.stemwerk.app.platform.web.Section;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kennisbank's pages in the navigation: on the kennisbank page, and as start-page tiles for the roles that need them. */
@Configuration
class KnowledgeNavigation {
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ELECTION_TEAM = EnumSet.of(Role.COORDINATOR, Role.GSB_VOORZITTER, Role.GSB_LID,
            Role.CSB, Role.INVOERDER);

    @Bean
    NavigationLink knowledgeChangesLink() {
        return new NavigationLink(Section.KENNISBANK, "nav.knowledge.changes.title",
                "nav.knowledge.changes.description", "/kennisbank/veranderd", EVERYONE, Set.of(), 10);
    }

    @Bean
    NavigationLink knowledgeChecklistsLink() {
        return new NavigationLink(Section.KENNISBANK, "nav.knowledge.checklists.title",
                "nav.knowledge.checklists.description", "/kennisbank/checklists", EVERYONE,
                EnumSet.of(Role.COORDINATOR), 20);
    }

    @Bean
    NavigationLink knowledgeLateLink() {
        return new NavigationLink(Section.KENNISBANK, "nav.knowledge.late.title", "nav.knowledge.late.description",
                "/kennisbank/te-laat", EVERYONE, EnumSet.of(Role.COORDINATOR), 30);
    }

    @Bean
    NavigationLink knowledgeDeskLink() {
        return new NavigationLink(Section.KENNISBANK, "nav.knowledge.desk.title", "nav.knowledge.desk.description",
                "/kennisbank/informatiepunt", EVERYONE, ELECTION_TEAM, 40);
    }

    @Bean
    NavigationLink knowledgeFaqLink() {
        return new NavigationLink(Section.KENNISBANK, "nav.knowledge.faq.title", "nav.knowledge.faq.description",
                "/kennisbank/vragen", EVERYONE, Set.of(), 50);
    }

    @Bean
    NavigationLink knowledgeNewslettersLink() {
        return new NavigationLink(Section.KENNISBANK, "nav.knowledge.newsletters.title",
                "nav.knowledge.newsletters.description", "/kennisbank/nieuwsbrieven", EVERYONE, Set.of(), 60);
    }

    @Bean
    NavigationLink knowledgeNotificationsLink() {
        return new NavigationLink(Section.KENNISBANK, "nav.knowledge.notifications.title",
                "nav.knowledge.notifications.description", "/kennisbank/meldingen", EVERYONE, Set.of(), 70);
    }

    @Bean
    NavigationLink knowledgeEditLink() {
        return new NavigationLink(Section.KENNISBANK, "nav.knowledge.edit.title", "nav.knowledge.edit.description",
                "/kennisbank/redactie", Set.of(Role.KENNISBEHEERDER), Set.of(Role.KENNISBEHEERDER), 80);
    }

    @Bean
    NavigationLink knowledgeRelevanceLink() {
        return new NavigationLink(Section.KENNISBANK, "nav.knowledge.relevance.title",
                "nav.knowledge.relevance.description", "/kennisbank/redactie/relevantie", Set.of(Role.KENNISBEHEERDER),
                Set.of(Role.KENNISBEHEERDER), 90);
    }

    @Bean
    NavigationLink mailSettingsLink() {
        return new NavigationLink(Section.BEHEER, "nav.mail.title", "nav.mail.description", "/beheer/e-mail",
                Set.of(Role.BEHEERDER), Set.of(Role.BEHEERDER), 30);
    }
}
