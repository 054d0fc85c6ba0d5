package nl.stemwerk.budgeting.rule.internal;

import java.util.List;

/** A tie that only a lot can break, while none was drawn; ends the count without a result. */
final class LotRequiredSignal extends RuntimeException {

    private final transient List<String> tiedProjectIds;

    LotRequiredSignal(List<String> tiedProjectIds) {
        super(null, null, false, false);
        this.tiedProjectIds = List.copyOf(tiedProjectIds);
    }

    List<String> tiedProjectIds() {
        return tiedProjectIds;
    }
}
