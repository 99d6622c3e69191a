package org.xuefa.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HeartbeatEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;

/** The idle warning a few minutes before the session ends, and the end itself, driven by heartbeats. */
class IdleSessionsTest extends KaribuTestBase {
    private static final long MINUTE = 60_000;

    @Autowired
    IdleSessions idle;

    private long now;

    @BeforeEach
    void thirtyMinutes() {
        VaadinSession.getCurrent().getSession().setMaxInactiveInterval(30 * 60);
        now = System.currentTimeMillis();
    }

    /** A heartbeat this long after the last use, which was at {@code now}. */
    private void heartbeatAfterIdle(long idleMillis) {
        VaadinSession.getCurrent().setLastRequestTimestamp(now);
        idle.heartbeat(new HeartbeatEvent(UI.getCurrent(), now + idleMillis));
        MockVaadin.clientRoundtrip();
    }

    @Test
    void a_signed_in_user_is_warned_once_a_few_minutes_before_the_end() {
        loginAs("cadre");
        heartbeatAfterIdle(20 * MINUTE);
        assertThat(_find(Span.class, s -> s.withText("您已有一段时间未操作，约 10 分钟后将自动退出登录。"))).isEmpty();

        heartbeatAfterIdle(28 * MINUTE);
        _get(Span.class, s -> s.withText("您已有一段时间未操作，约 2 分钟后将自动退出登录。"));
        heartbeatAfterIdle(28 * MINUTE + 30_000);
        assertThat(_find(Button.class, b -> b.withText("保持登录"))).as("warned once").hasSize(1);
        _click(_get(Button.class, b -> b.withText("保持登录")));
    }

    @Test
    void nobody_signed_in_is_not_warned() {
        heartbeatAfterIdle(28 * MINUTE);
        assertThat(_find(Button.class, b -> b.withText("保持登录"))).isEmpty();
    }

    @Test
    void after_the_idle_time_the_http_session_ends() {
        loginAs("cadre");
        WrappedSession http = VaadinSession.getCurrent().getSession();
        VaadinSession.getCurrent().setLastRequestTimestamp(now - 31 * MINUTE);
        idle.heartbeat(new HeartbeatEvent(UI.getCurrent(), now));
        assertThat(((FakeHttpSession) ((WrappedHttpSession) http).getHttpSession()).isValid()).isFalse();
    }
}
