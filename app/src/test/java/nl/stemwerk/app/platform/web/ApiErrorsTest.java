package nl.stemwerk.app.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class ApiErrorsTest {
    private final ApiErrors errors = new ApiErrors();

    @Test
    void noFreeDatabaseConnectionIsABusyServerThatAsksToComeBackNotAnError() {
        var pool = new SQLTransientConnectionException("stemwerk - Connection is not available, request timed out");
        for (Exception busy : new Exception[] {new CannotGetJdbcConnectionException("wacht", pool),
            new CannotCreateTransactionException("wacht", pool)}) {
            var answer = errors.busy(busy);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
            assertThat(answer.getBody()).containsEntry("status", 503)
                    .containsEntry("melding", "Stemwerk is even niet bereikbaar. Probeer het zo opnieuw.");
        }
    }
}
