package app.claimgraph.smallrye;

import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;

/**
 * Whether {@link LevelStrategy} answers queries: {@code claimgraph.patch.level-execution} as configured.
 * BreadthFirstTest turns it off and on again to compare the two paths in one running application.
 */
@Singleton
@Unremovable // looked up, not injected, by GraphQLCustomizer (SmallRye's service, not a bean)
public class LevelSwitch {

    private volatile boolean on = Patches.configured().levelExecution();

    boolean on() {
        return on;
    }

    void turn(boolean on) {
        this.on = on;
    }
}
