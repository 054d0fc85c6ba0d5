package nl.stemwerk.app.sortition;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Service calls in each test run as the demo griffie account, so the audit log and the rows name "griffie". */
public final class SignedInAsGriffie implements BeforeEachCallback, AfterEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("griffie", null, "ROLE_GRIFFIE"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
