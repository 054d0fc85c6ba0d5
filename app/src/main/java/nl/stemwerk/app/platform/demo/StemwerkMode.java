package nl.stemwerk.app.platform.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo mode seeds a demo municipality with demo accounts; production mode seeds nothing and refuses to start while
 * an account still has a demo password. Set with {@code --production} or {@code stemwerk.mode=production}.
 */
@Component
public class StemwerkMode {
    private final boolean production;

    public StemwerkMode(@Value("${stemwerk.mode:demo}") String mode) {
        this.production = "production".equalsIgnoreCase(mode);
    }

    public boolean production() {
        return production;
    }

    public boolean demo() {
        return !production;
    }
}
