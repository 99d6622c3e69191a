package org.xuefa.hours.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;

class MyHoursViewTest extends KaribuTestBase {

    @Test
    void the_cadre_sees_bars_against_50_online_and_90_training_hours() {
        loginAs("cadre");
        navigate("my-hours");
        Div online = _get(Div.class, spec -> spec.withId("hours-bar-online"));
        Div training = _get(Div.class, spec -> spec.withId("hours-bar-training"));
        assertThat(online.getElement().getTextRecursively()).contains("网络自学", "/ 50 学时", "截至 2026-11-26");
        assertThat(training.getElement().getTextRecursively()).contains("集中培训", "/ 90 学时");
        assertThat(_get(online, ProgressBar.class).getMax()).isEqualTo(1);
    }
}
