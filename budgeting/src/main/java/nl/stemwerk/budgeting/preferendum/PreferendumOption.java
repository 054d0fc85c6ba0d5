package nl.stemwerk.budgeting.preferendum;

import java.util.Objects;

/**
 * One answer residents can choose in a preferendum ("optie").
 *
 * @param id    stable id, unique within the preferendum
 * @param label the text residents see
 */
public record PreferendumOption(String id, String label) {
    public PreferendumOption {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new PreferendumException(PreferendumException.Code.INVALID_QUESTION, "Een optie heeft geen id.");
        }
        label = label == null || label.isBlank() ? id : label;
    }
}
