package nl.stemwerk.app.platform.web;

import java.time.Clock;
import nl.stemwerk.app.platform.security.PasswordChangeRequired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class WebConfig implements WebMvcConfigurer {
    private final PasswordChangeRequired passwordChangeRequired;

    WebConfig(PasswordChangeRequired passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(passwordChangeRequired).excludePathPatterns("/vendor/**", "/css/**", "/js/**", "/img/**");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
