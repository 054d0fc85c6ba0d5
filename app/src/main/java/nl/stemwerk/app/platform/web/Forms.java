package nl.stemwerk.app.platform.web;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;

/**
 * How a page handles a form: do the action and go where it says, or show the page again with the Dutch problems
 * (field problems next to their fields, a change by someone else at the top under the key {@code form}).
 */
public final class Forms {
    private Forms() {
    }

    /**
     * Runs {@code action} (which returns the view or redirect to go to). On {@link InvalidInput} or a concurrent
     * change, puts the problems in the model as {@code problems} and returns {@code again.get()}.
     */
    public static String submit(Model model, Supplier<String> action, Supplier<String> again) {
        try {
            return action.get();
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.fieldMessages());
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("problems", Map.of("form", ErrorMessages.forStatus(409)));
        }
        return again.get();
    }
}
