package nl.stemwerk.app.sortition.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every night, deletes the personal data of burgerberaden whose retention period has passed. */
@Configuration
@EnableScheduling
class RetentionJob {
    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${stemwerk.sortition.retention-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
    void deleteDue() {
        retention.deleteDue();
    }
}
