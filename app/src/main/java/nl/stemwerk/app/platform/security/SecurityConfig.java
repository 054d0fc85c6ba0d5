package nl.stemwerk.app.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sessions, CSRF, password hashing and who may open what. Feature controllers add finer rules with
 * {@code @PreAuthorize}; this class only separates public pages, the beheer pages and the rest.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {
    /** Pages anyone may see: the login page, static files, health, the OpenAPI document, resident pages. */
    static final String[] PUBLIC = {
        "/inloggen", "/health", "/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
        "/api/openapi.json", "/publiek/**"
    };

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new OffCarrierPasswordEncoder(new BCryptPasswordEncoder(12), Runtime.getRuntime().availableProcessors());
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle));
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http
            .authenticationManager(authenticationManager)
            .authorizeHttpRequests(rules -> rules
                .requestMatchers(PUBLIC).permitAll()
                .requestMatchers("/beheer/**", "/api/beheer/**").hasRole(Role.BEHEERDER.name())
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/inloggen")
                .loginProcessingUrl("/inloggen")
                .successHandler(new LoginSuccess())
                .failureHandler(new LoginFailure())
                .permitAll())
            .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
            .logout(logout -> logout
                .logoutUrl("/uitloggen")
                .logoutSuccessUrl("/inloggen?uitgelogd")
                .deleteCookies("STEMWERK_SESSIE"))
            .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), SecurityConfig::isApi)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/inloggen"), request -> true))
            .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                        + "form-action 'self'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    /**
     * Every state-changing request needs a CSRF token, except a script that authenticates itself with HTTP Basic on
     * every request: it carries no cookie that another site could abuse.
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        return authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

}
