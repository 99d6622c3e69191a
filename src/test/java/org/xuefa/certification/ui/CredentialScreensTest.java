package org.xuefa.certification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.CredentialStatus;

class CredentialScreensTest extends KaribuTestBase {

    @Test
    void hr_sees_the_register_of_the_town() {
        loginAs("hr");
        navigate("credentials");
        @SuppressWarnings("unchecked")
        Grid<CredentialRecord> grid = _get(Grid.class, s -> s.withId("credentials-grid"));
        assertThat(GridKt._findAll(grid)).anyMatch(r -> r.holderName().equals("陈志明")
                && r.status() == CredentialStatus.VALID).noneMatch(r -> r.holderUnit().startsWith("石角镇"));
    }

    @Test
    void a_cadre_cannot_open_the_register_but_sees_their_own() {
        loginAs("cadre");
        navigate("credentials");
        assertThatThrownBy(() -> _get(CredentialRegisterView.class)).isInstanceOf(AssertionError.class);
        navigate("my-credentials");
        assertThat(_get(MyCredentialsView.class).getElement().getTextRecursively()).contains("暂无证件记录");
    }
}
