package org.xuefa.base.ui;

import com.vaadin.flow.component.UI;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Long work a screen starts (a county's roster import) runs here, off the request thread, so the page stays
 * responsive; it runs as the user who started it (their security context travels with it) and hands its outcome
 * back to the screen through {@link UI#access} (the app pushes, {@code AppShell}). Two threads: such work is rare.
 */
@Component
public class Background {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "xuefa-background");
        t.setDaemon(true);
        return t;
    });

    /**
     * Runs {@code work} in the background as the current user and then {@code done} (or {@code failed}) in the
     * screen's UI. The future completes after the outcome was handed over, for tests.
     */
    public <T> CompletableFuture<Void> run(UI ui, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        CompletableFuture<Void> finished = new CompletableFuture<>();
        pool.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                T outcome = work.get();
                ui.access(() -> done.accept(outcome));
            } catch (RuntimeException e) {
                ui.access(() -> failed.accept(e));
            } finally {
                finished.complete(null);
            }
        }));
        return finished;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
