package org.xuefa.quiz.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;

/**
 * Shows the time left until the server's deadline. The browser counts down by itself (no round-trip a second);
 * when it reaches zero it tells the server, which submits. The server enforces the deadline either way.
 */
class Countdown extends Span {
    private final Runnable onTimeUp;

    Countdown(Instant deadline, Clock clock, Runnable onTimeUp) {
        this.onTimeUp = onTimeUp;
        setId("exam-countdown");
        addClassName("xf-countdown");
        long left = Math.max(0, deadline.toEpochMilli() - clock.millis());
        setText(format(left));
        // the browser's clock may be wrong: count the remaining milliseconds the server measured
        getElement().executeJs("""
                const el = this; const end = Date.now() + $0;
                clearInterval(el._xfTimer);
                const tick = () => {
                  const ms = end - Date.now();
                  if (ms <= 0) { el.textContent = '00:00'; clearInterval(el._xfTimer); el.$server.timeUp(); return; }
                  const s = Math.floor(ms / 1000), h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60), r = s % 60;
                  el.textContent = (h > 0 ? h + ':' : '') + String(m).padStart(2, '0') + ':' + String(r).padStart(2, '0');
                  el.classList.toggle('xf-gap', ms < 300000);
                };
                tick(); el._xfTimer = setInterval(tick, 1000);""", (double) left);
    }

    static String format(long millis) {
        long s = millis / 1000;
        long h = s / 3600;
        return (h > 0 ? h + ":" : "") + String.format("%02d:%02d", s % 3600 / 60, s % 60);
    }

    @ClientCallable
    void timeUp() {
        onTimeUp.run();
    }
}
