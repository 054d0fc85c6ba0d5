package nl.stemwerk.app.budget.votingcode;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stemwerk.app.budget.BudgetFormat;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Voting-code letters as one PDF, one A4 page per letter, from {@code templates/budget/pdf/letters.xhtml}: tagged
 * for screen readers (PDF/UA) and archivable (PDF/A-3a), with Noto Sans embedded so the code prints the same on every
 * printer. Needs no Spring context (tests use it directly); Thymeleaf evaluates with SpEL, as in the web pages.
 */
public final class LetterPdf {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String FONT = "Noto Sans";
    private static final SpringTemplateEngine ENGINE = engine();
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.useColorProfile(SRGB);
            builder.useFont(() -> font("NotoSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("NotoSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withProducer("Stemwerk");
            builder.withHtmlContent(xhtml(letters), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = LetterPdf.class.getResourceAsStream("/pdf/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing: /pdf/fonts/" + file);
        }
        return in;
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
