package nl.stemwerk.app.election.emlfile;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a file upload that is too large from its {@code Content-Length} alone, before any of its body is read,
 * let alone parsed: a 300 MB file gets its Dutch answer (413) at once. An upload without a length (chunked) is
 * refused too (411), because its size could only be known by reading it. Runs before everything else, security
 * included, and only for multipart requests: in Stemwerk those are always file uploads.
 */
public final class UploadSizeFilter extends OncePerRequestFilter {
    /** Room for the multipart boundaries, part headers and the other form fields (CSRF token). */
    static final long FORM_OVERHEAD = 64 * 1024;

    private final DataSize limit;

    UploadSizeFilter(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "LENGTH_REQUIRED",
                    "Stemwerk weet niet hoe groot het bestand is. Stuur het bestand met een Content-Length. Er is"
                            + " niets opgeslagen.");
        } else if (length > limit.toBytes() + FORM_OVERHEAD) {
            refuse(request, response, 413, "FILE_TOO_LARGE", Uploads.tooLargeMessage(limit));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code,
                               String message) throws IOException {
        // the unread body cannot be used for another request on this connection
        response.setHeader("Connection", "close");
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsJson(request)) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":" + status + ",\"code\":\"" + code + "\",\"melding\":\""
                    + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="nl"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Bestand niet ingelezen – Stemwerk</title>
                    <link rel="stylesheet" href="/vendor/utrecht/component-library.css">
                    <link rel="stylesheet" href="/vendor/theme/voorbeeld-theme.css">
                    <link rel="stylesheet" href="/css/stemwerk.css"></head>
                    <body class="utrecht-document utrecht-body voorbeeld-theme"><main id="inhoud">
                    <h1 class="utrecht-heading-1">Bestand niet ingelezen</h1>
                    <p class="utrecht-paragraph">%s</p>
                    <p class="utrecht-paragraph"><a class="utrecht-link" href="%s">Terug</a></p>
                    </main></body></html>""".formatted(HtmlUtils.htmlEscape(message), HtmlUtils.htmlEscape(back(request))));
        }
    }

    /** The page the form was on, when the browser says so; the start page otherwise. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        try {
            java.net.URI uri = referer == null ? null : new java.net.URI(referer);
            if (uri != null && uri.getRawPath() != null && uri.getRawPath().startsWith("/")
                    && request.getServerName().equalsIgnoreCase(uri.getHost())) {
                return uri.getRawPath();
            }
        } catch (java.net.URISyntaxException e) {
            // an unusable Referer: fall back to the start page
        }
        return request.getContextPath() + "/start";
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("application/json"));
    }

    /** Registers the filter in front of all others. */
    @Configuration
    static class Registration {
        @Bean
        FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(ImportLimits limits) {
            FilterRegistrationBean<UploadSizeFilter> registration =
                    new FilterRegistrationBean<>(new UploadSizeFilter(limits.maxFileSize()));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
