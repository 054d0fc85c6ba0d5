package nl.stemwerk.app.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The schema check the export tests rely on accepts the real 510b and refuses one that breaks the schema. */
class XsdValidationTest {

    @Test
    void theReal510bIsValidAndOneWithoutItsTransactionIdIsNot() {
        String real = EmlSamples.text(EmlSamples.westMaasEnWaalCount());

        assertThatCode(() -> XsdValidation.assertValid(real.getBytes(StandardCharsets.UTF_8),
                "510-count-kiesraad-strict.xsd")).doesNotThrowAnyException();
        assertThatThrownBy(() -> XsdValidation.assertValid(real.replace("<TransactionId>1</TransactionId>", "")
                .getBytes(StandardCharsets.UTF_8), "510-count-kiesraad-strict.xsd"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not valid against");
    }
}
