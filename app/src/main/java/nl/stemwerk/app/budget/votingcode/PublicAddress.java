package nl.stemwerk.app.budget.votingcode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address residents use, for letters: {@code stemwerk.publieke-url} (e.g. https://meedoen.gemeente.nl) when set,
 * otherwise the address the griffie's browser used, which is wrong behind a proxy that rewrites it.
 */
@Component
public class PublicAddress {
    private final String configured;

    public PublicAddress(@Value("${stemwerk.publieke-url:}") String configured) {
        this.configured = configured.strip().replaceAll("/+$", "");
    }

    /** The full address of {@code path}, e.g. {@code https://meedoen.gemeente.nl/publiek/begrotingen/3}. */
    public String of(String path) {
        String base = configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : configured;
        return base + path;
    }
}
