package nl.stemwerk.app.platform;

import nl.stemwerk.app.platform.demo.DemoPasswordGuard;
import nl.stemwerk.app.platform.demo.DemoSeeder;
import nl.stemwerk.app.platform.demo.StemwerkMode;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * After the migrations and before the web server accepts requests: seed the demo municipality (demo mode) or refuse
 * demo passwords (production mode). Running here, not after start-up, means no one can log in to a half-seeded demo.
 */
@Component
class StartupTasks implements SmartInitializingSingleton {
    private final StemwerkMode mode;
    private final DemoSeeder seeder;
    private final DemoPasswordGuard guard;

    private final boolean enabled;

    StartupTasks(StemwerkMode mode, DemoSeeder seeder, DemoPasswordGuard guard,
                 @org.springframework.beans.factory.annotation.Value("${stemwerk.startup-tasks:true}") boolean enabled) {
        this.enabled = enabled;
        this.mode = mode;
        this.seeder = seeder;
        this.guard = guard;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        if (mode.production()) {
            guard.refuseDemoPasswords();
        } else {
            seeder.seedMissing();
        }
    }
}
