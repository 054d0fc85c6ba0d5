package nl.stemwerk.app.sortition.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownDrawTest {
    @Test
    void theProjectorShowsVolunteerNumbersAsPeopleCountAndOtherIdsAfterThem() {
        RecordedDraw draw = new RecordedDraw(0, SeedMethod.DICE, "123456", "griffie", Instant.EPOCH, "0".repeat(64),
                1, List.of("114", "15", "200", "4", "p10", "p9", "007"));

        assertThat(new ShownDraw(draw, draw.members(), List.of(), "").members())
                .containsExactly("4", "15", "007", "114", "200", "p10", "p9");
    }
}
