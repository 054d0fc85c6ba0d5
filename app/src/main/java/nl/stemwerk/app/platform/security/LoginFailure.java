package nl.stemwerk.app.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * One message for every failed login (unknown name, wrong password, disabled account), so the login page never
 * reveals which accounts exist; a separate message only when the throttle blocks, which it does for any name.
 */
class LoginFailure implements AuthenticationFailureHandler {
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String target = exception instanceof LoginThrottledException ? "/inloggen?geblokkeerd" : "/inloggen?fout";
        redirect.sendRedirect(request, response, target);
    }
}
