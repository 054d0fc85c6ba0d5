package nl.stemwerk.app.documents;

import java.util.Locale;
import java.util.Map;
import nl.stemwerk.app.platform.pdf.XhtmlPdf;
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

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

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
        return XhtmlPdf.render(html(template, model));
    }
}
