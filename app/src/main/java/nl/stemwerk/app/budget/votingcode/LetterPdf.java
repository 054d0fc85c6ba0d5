package nl.stemwerk.app.budget.votingcode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stemwerk.app.budget.BudgetFormat;
import nl.stemwerk.app.platform.pdf.XhtmlPdf;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Voting-code letters as one PDF, one A4 page per letter, from {@code templates/budget/pdf/letters.xhtml}: tagged
 * for screen readers (PDF/UA) and archivable (PDF/A-3a), with Noto Sans embedded so the code prints the same on every
 * printer. Needs no Spring context (tests use it directly); Thymeleaf evaluates with SpEL, as in the web pages.
 */
public final class LetterPdf {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final SpringTemplateEngine ENGINE = engine();

    private LetterPdf() {
    }

    /** The letters as XHTML, before rendering (for tests and for checking a layout). */
    public static String xhtml(Letters letters) {
        List<Map<String, Object>> pages = new ArrayList<>();
        for (int i = 0; i < letters.codes().size(); i++) {
            pages.add(Map.of("code", letters.codes().get(i).formatted(),
                    "recipient", letters.recipients().isEmpty() ? List.of() : letters.recipients().get(i)));
        }
        Context context = new Context(DUTCH, Map.of("letters", letters, "pages", pages, "format", new BudgetFormat()));
        return ENGINE.process("letters", context);
    }

    public static byte[] pdf(Letters letters) {
        return XhtmlPdf.render(xhtml(letters));
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/budget/pdf/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
