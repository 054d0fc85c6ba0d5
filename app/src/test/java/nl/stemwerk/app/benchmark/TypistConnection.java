package nl.stemwerk.app.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One typist's browser session against the running application: signed in once through the login form (a password
 * hash per request would measure BCrypt, not Stemwerk), then the JSON API with the session cookie and CSRF token,
 * as the pages' scripts would.
 */
final class TypistConnection {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^(STEMWERK_SESSIE=[^;]*)");

    private final HttpClient client;
    private final String base;
    private String cookie = "";
    private String csrf = "";

    TypistConnection(HttpClient client, int port) {
        this.client = client;
        this.base = "http://localhost:" + port;
    }

    void signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/inloggen")).GET());
        String token = csrf(page.body());
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)
                        + "&_csrf=" + encode(token))));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("fout")) {
            throw new IllegalStateException(user + " could not sign in: " + login.statusCode());
        }
        csrf = csrf(send(HttpRequest.newBuilder(URI.create(base + "/invoer")).GET()).body());
    }

    HttpResponse<String> json(String method, String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", csrf)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        for (String set : setCookies) {
            Matcher matcher = COOKIE.matcher(set);
            if (matcher.find()) {
                cookie = matcher.group(1);
            }
        }
        return response;
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
