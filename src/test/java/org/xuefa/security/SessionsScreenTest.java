package org.xuefa.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;

/** *My settings* lists the signed-in sessions and ends another one. */
class SessionsScreenTest extends KaribuTestBase {
    @Autowired
    AccountSessions sessions;

    @Test
    void my_settings_lists_the_sessions_and_ends_another() {
        String username = fixtures.newAccount(Role.CADRE, fixtures.unit("tangpeng"), null);
        XuefaUser user = (XuefaUser) loginAs(username);
        String here = sessions.start(user.accountId(), "203.0.113.7", "Firefox/140");
        String phone = sessions.start(user.accountId(), "198.51.100.2", "Mobile Safari");
        VaadinSession.getCurrent().getSession().setAttribute(AccountSessions.ATTRIBUTE, here);

        navigate("profile");
        @SuppressWarnings("unchecked")
        Grid<SessionSummary> grid = _get(Grid.class, spec -> spec.withId("profile-sessions"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        int phoneRow = GridKt._get(grid, 0).id().equals(phone) ? 0 : 1;
        assertThat(GridKt._getCellComponent(grid, 1 - phoneRow, "action")).as("this session").isNotInstanceOf(
                Button.class);

        _click((Button) GridKt._getCellComponent(grid, phoneRow, "action"));
        NotificationsKt.expectNotifications("该会话已结束。");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(sessions.isOpen(phone)).isFalse();
        assertThat(sessions.isOpen(here)).isTrue();
    }
}
