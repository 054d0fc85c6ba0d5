package nl.stemwerk.app.knowledge;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The full address of a Stemwerk page for an e-mail, taken from the request that caused the e-mail (Stemwerk has no
 * configured public address). Without a request, only the path.
 */
public final class PublicAddress {
    private PublicAddress() {
    }

    public static String of(String path) {
        if (RequestContextHolder.getRequestAttributes() == null) {
            return path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
