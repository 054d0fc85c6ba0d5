package nl.stemwerk.app.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After login: first a new password if one is required, otherwise the page asked for or the start page. */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {
    LoginSuccess() {
        setDefaultTargetUrl("/start");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof StemwerkUser user && user.mustChangePassword()) {
            getRedirectStrategy().sendRedirect(request, response, "/wachtwoord");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
