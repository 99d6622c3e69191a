package org.xuefa.hours.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.hours.ComplianceRow;

class ComplianceViewTest extends KaribuTestBase {

    @Test
    void hr_sees_the_rule_and_who_cannot_make_it() {
        loginAs("hr");
        navigate("hours-compliance");
        assertThat(_get(Paragraph.class, spec -> spec.withId("hours-rule")).getText()).contains("近 90 天");
        @SuppressWarnings("unchecked")
        Grid<ComplianceRow> people = _get(Grid.class, spec -> spec.withId("compliance-people"));
        ComplianceRow xie = GridKt._findAll(people).stream().filter(r -> r.name().equals("谢婷")).findFirst()
                .orElseThrow();
        assertThat(xie.cannotMakeIt()).isTrue();
    }

    @Test
    void a_cadre_cannot_open_it() {
        loginAs("cadre");
        navigate("hours-compliance");
        assertThatThrownBy(() -> _get(ComplianceView.class)).isInstanceOf(AssertionError.class);
    }
}
