package nl.stemwerk.app.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a proces-verbaal from an XHTML Thymeleaf template ({@code pdf/templates/<name>.xhtml}) to PDF: tagged for
 * screen readers (PDF/UA), archivable (PDF/A-3a), with Noto Sans embedded, so every official can read it now and
 * in years to come. Texts come from the app's message bundles; numbers are formatted in Dutch.
 */
@Component
public class PdfRenderer {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String FONT = "Noto Sans";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final byte[] sRgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public PdfRenderer(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("pdf/templates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    /** The template filled in with {@code model}, as XHTML (for tests and for debugging a layout). */
    public String html(String template, Map<String, Object> model) {
        return engine.process(template, new Context(DUTCH, model));
    }

    public byte[] pdf(String template, Map<String, Object> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.useColorProfile(sRgb);
            builder.useFont(() -> font("NotoSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("NotoSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withProducer("Stemwerk");
            builder.withHtmlContent(html(template, model), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream("/pdf/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing: /pdf/fonts/" + file + " (run web/vendor.sh)");
        }
        return in;
    }
}
