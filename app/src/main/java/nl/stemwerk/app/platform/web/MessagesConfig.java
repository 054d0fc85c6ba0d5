package nl.stemwerk.app.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * One message bundle per feature: {@code i18n/<feature>.properties}, Dutch (B1). Every bundle on the classpath is
 * found by name, so a new feature adds its file without editing this class.
 */
@Configuration
class MessagesConfig {
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Bean
    MessageSource messageSource() throws IOException {
        TreeSet<String> basenames = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String file = resource.getFilename();
            if (file != null && !file.contains("_")) {
                basenames.add("classpath:i18n/" + file.substring(0, file.length() - ".properties".length()));
            }
        }
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(DUTCH);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(DUTCH);
    }
}
