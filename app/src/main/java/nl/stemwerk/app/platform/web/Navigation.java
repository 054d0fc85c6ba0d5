package nl.stemwerk.app.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import org.springframework.stereotype.Component;

/** All navigation links the features declared, filtered per user. */
@Component
public class Navigation {
    private final List<NavigationLink> links;

    public Navigation(List<NavigationLink> links) {
        this.links = links.stream().sorted(Comparator.comparing(NavigationLink::section)
                .thenComparingInt(NavigationLink::order)).toList();
    }

    public List<NavigationLink> inSection(Section section, Set<Role> roles) {
        return links.stream().filter(l -> l.section() == section && l.visibleTo(roles)).toList();
    }

    public List<NavigationLink> admin(Set<Role> roles) {
        return inSection(Section.BEHEER, roles);
    }

    public List<NavigationLink> startTiles(Set<Role> roles) {
        return links.stream().filter(l -> l.onStartPageOf(roles) && l.visibleTo(roles)).toList();
    }
}
