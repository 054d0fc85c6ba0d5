package nl.stemwerk.app.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A user whose account was created or reset by a beheerder must choose a new password before doing anything
 * else. Pages redirect to the password page; API calls get 403 with a Dutch message.
 */
@Component
public class PasswordChangeRequired implements HandlerInterceptor {
    private static final List<String> ALLOWED = List.of("/wachtwoord", "/uitloggen", "/inloggen", "/error", "/health");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StemwerkUser user)
                || !user.mustChangePassword()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ALLOWED.stream().anyMatch(path::startsWith)) {
            return true;
        }
        if (SecurityConfig.isApi(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":403,\"melding\":\"Kies eerst een nieuw wachtwoord op /wachtwoord.\"}");
            return false;
        }
        response.sendRedirect(request.getContextPath() + "/wachtwoord");
        return false;
    }
}
