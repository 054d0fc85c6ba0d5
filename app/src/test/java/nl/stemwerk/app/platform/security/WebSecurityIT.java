package nl.stemwerk.app.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the server answers to browsers and scripts that do (and do not) follow the rules. */
@StemwerkSpringTest
class WebSecurityIT {
    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    nl.stemwerk.app.users.UserService users;

    @Test
    void aPostWithoutCsrfTokenIsRefusedEvenWhenSignedIn() {
        Http http = new Http(port);
        assertThat(http.login("beheerder", "demo-beheerder").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/start"));
        HttpResponse<String> withoutToken = http.postForm("/beheer/gebruikers",
                "username=zonder-token&displayName=Zonder+Token&roles=INVOERDER");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        HttpResponse<String> users = http.get("/beheer/gebruikers");
        assertThat(users.body()).doesNotContain("zonder-token");
    }

    @Test
    void aPostWithTheCsrfTokenOfTheSessionIsAccepted() {
        Http http = new Http(port);
        http.login("beheerder", "demo-beheerder");
        String token = http.csrfToken("/beheer/gebruikers");
        HttpResponse<String> created = http.postForm("/beheer/gebruikers",
                "username=met-token&displayName=Met+Token&roles=INVOERDER&_csrf=" + token);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Gebruiker aangemaakt");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        Http http = new Http(port);
        HttpResponse<String> response = http.postForm("/inloggen", "username=beheerder&password=demo-beheerder");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        Http http = new Http(port);
        HttpResponse<String> wrongPassword = http.login("griffie", "fout-wachtwoord");
        HttpResponse<String> unknownUser = http.login("niemand-" + System.nanoTime(), "fout-wachtwoord");
        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(unknownUser.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location")).isEqualTo(unknownUser.headers().firstValue("Location"));
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        // an account of this test only: the block lasts 15 minutes and must not hit other tests
        users.createWithPassword("geblokkeerd-test", "Geblokkeerd Test", java.util.Set.of(Role.RAADPLEGER),
                "een goed wachtwoord", false);
        Http http = new Http(port);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME; i++) {
            assertThat(http.login("geblokkeerd-test", "fout-" + i).headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/inloggen?fout"));
        }
        assertThat(http.login("geblokkeerd-test", "een+goed+wachtwoord").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/inloggen?geblokkeerd"));
        // a name that does not exist is blocked the same way, so the block reveals nothing
        String nobody = "niemand-" + System.nanoTime();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME; i++) {
            http.login(nobody, "fout-" + i);
        }
        assertThat(http.login(nobody, "fout").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/inloggen?geblokkeerd"));
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSite() {
        Http http = new Http(port);
        HttpResponse<String> response = http.get("/inloggen");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("STEMWERK_SESSIE=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
    }

    @Test
    void pagesSendAStrictContentSecurityPolicy() {
        HttpResponse<String> response = new Http(port).get("/inloggen");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe"));
    }

    @Test
    void scriptsUseTheApiWithHttpBasicAndGetDutchErrors() {
        Http http = new Http(port);
        HttpResponse<String> created = http.basic("POST", "/api/beheer/gebruikers", "beheerder", "demo-beheerder",
                "{\"username\":\"api-gebruiker\",\"displayName\":\"Api Gebruiker\",\"roles\":[\"RAADPLEGER\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"initialPassword\"");

        HttpResponse<String> duplicate = http.basic("POST", "/api/beheer/gebruikers", "beheerder", "demo-beheerder",
                "{\"username\":\"api-gebruiker\",\"displayName\":\"Api Gebruiker\",\"roles\":[\"RAADPLEGER\"]}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("bestaat al");

        HttpResponse<String> notAdmin = http.basic("GET", "/api/beheer/gebruikers", "raadpleger", "demo-raadpleger", null);
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(notAdmin.body()).contains("geen toegang");

        HttpResponse<String> audit = http.basic("GET", "/api/beheer/auditlog?action=gebruiker.aangemaakt&subject=api-gebruiker",
                "beheerder", "demo-beheerder", null);
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("\"subject\":\"gebruiker:api-gebruiker\"").contains("\"actor\":\"beheerder\"");

        HttpResponse<String> anonymous = http.getJson("/api/beheer/gebruikers");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void healthAndTheOpenApiDocumentArePublic() {
        Http http = new Http(port);
        HttpResponse<String> health = http.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> openApi = http.get("/api/openapi.json");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("\"openapi\"").contains("/api/beheer/gebruikers").contains("/api/beheer/auditlog");
    }

    @Test
    void anApiErrorIsDutchJsonWithoutStackTrace() {
        HttpResponse<String> response = new Http(port).basic("GET", "/api/bestaat-niet", "beheerder", "demo-beheerder", null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"melding\"").contains("bestaat niet").doesNotContain("Exception");
    }
}
