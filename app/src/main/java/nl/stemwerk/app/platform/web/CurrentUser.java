package nl.stemwerk.app.platform.web;

import java.util.Optional;
import nl.stemwerk.app.platform.security.StemwerkUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, if any. */
public final class CurrentUser {
    private CurrentUser() {
    }

    public static Optional<StemwerkUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StemwerkUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static StemwerkUser required() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
