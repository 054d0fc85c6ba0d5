package nl.stemwerk.app.platform.web;

import java.util.Set;
import nl.stemwerk.app.platform.security.Role;

/**
 * A page a feature offers, shown on its section page and, for the roles that need it first, as a tile on the start
 * page. Features declare these as Spring beans, so adding a feature never edits the navigation code.
 *
 * @param section        where it belongs
 * @param titleKey       message key of the title
 * @param descriptionKey message key of a one-sentence description
 * @param path           the page
 * @param roles          who may see it
 * @param startFor       roles that see it as a tile on their start page
 * @param order          position within the section (lower first)
 */
public record NavigationLink(Section section, String titleKey, String descriptionKey, String path, Set<Role> roles,
                             Set<Role> startFor, int order) {
    public NavigationLink {
        roles = Set.copyOf(roles);
        startFor = Set.copyOf(startFor);
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return roles.stream().anyMatch(userRoles::contains);
    }

    public boolean onStartPageOf(Set<Role> userRoles) {
        return startFor.stream().anyMatch(userRoles::contains);
    }
}
