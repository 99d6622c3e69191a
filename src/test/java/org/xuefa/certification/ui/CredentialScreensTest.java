package org.xuefa.certification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.certification.RegisterEntry;
import org.xuefa.certification.RiskReason;
import org.xuefa.notification.NotificationRecord;

class CredentialScreensTest extends KaribuTestBase {

    @Test
    void hr_sees_the_register_of_the_town() {
        loginAs("hr");
        navigate("credentials");
        @SuppressWarnings("unchecked")
        Grid<RegisterEntry> grid = _get(Grid.class, s -> s.withId("credentials-grid"));
        assertThat(records(grid)).anyMatch(r -> r.holderName().equals("罗文杰")
                && r.status() == CredentialStatus.EXPIRING).anyMatch(r -> r.holderName().equals("陈志明")
                && r.status() == CredentialStatus.EXPIRED).anyMatch(r -> r.status() == CredentialStatus.SUSPENDED).noneMatch(r -> r.holderUnit().startsWith("石角镇"));
    }

    @Test
    void hr_sees_the_suspended_certificate_with_its_risk_and_the_holders_registration_history() {
        loginAs("hr");
        navigate("credentials");
        @SuppressWarnings("unchecked")
        Grid<RegisterEntry> grid = _get(Grid.class, s -> s.withId("credentials-grid"));
        List<CredentialRecord> rows = records(grid);
        int suspended = rows.indexOf(rows.stream().filter(r -> r.number().equals("44080021000098")).findFirst()
                .orElseThrow());
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, suspended))).contains("苏建平", "暂停（年审未通过）");
        // the risk column draws a span per row: some holder in the town is behind on study hours
        @SuppressWarnings("unchecked")
        var risk = (ComponentRenderer<Span, RegisterEntry>) grid.getColumns().stream()
                .filter(c -> "年审风险".equals(c.getHeaderText())).findFirst().orElseThrow().getRenderer();
        assertThat(GridKt._findAll(grid)).map(e -> risk.createComponent(e).getText())
                .anyMatch(t -> t.contains("学时进度不足"));
        navigate("credentials/person/" + rows.get(suspended).holderId());
        assertThat(_get(CredentialHolderView.class).getElement().getTextRecursively()).contains("苏建平", "年审记录",
                "未按期参加年度审验");
    }

    @Test
    void a_cadre_cannot_open_the_register_but_sees_their_own() {
        loginAs("cadre");
        navigate("credentials");
        assertThatThrownBy(() -> _get(CredentialRegisterView.class)).isInstanceOf(AssertionError.class);
        navigate("my-credentials");
        assertThat(_get(MyCredentialsView.class).getElement().getTextRecursively()).contains("44080021000124")
                .doesNotContain("44080021000123");
    }

    @Test
    void the_cadre_sees_the_risk_to_next_registration_and_the_bell_counts_the_notices() {
        loginAs("cadre");
        navigate("my-credentials");
        var view = _get(MyCredentialsView.class);
        assertThat(view.getElement().getTextRecursively()).contains("44080021000124", "即将到期", "年审风险");
        var badge = _get(Span.class, s -> s.withId("notification-count"));
        assertThat(Integer.parseInt(badge.getText())).isPositive();
        navigate("notifications");
        @SuppressWarnings("unchecked")
        Grid<NotificationRecord> notices = _get(Grid.class,
                s -> s.withId("notifications-grid"));
        var expiring = GridKt._findAll(notices).stream()
                .filter(n -> n.messageKey().equals("notification.credential.expiring.own")).findFirst().orElseThrow();
        assertThat(UI.getCurrent().getTranslation(expiring.messageKey(),
                expiring.args(Locale.SIMPLIFIED_CHINESE))).startsWith("您的行政执法证（44080021000124）将于");
    }

    @Test
    void the_cadres_hours_warning_links_to_what_earns_the_missing_hours_and_hr_sees_no_such_links() {
        loginAs("cadre");
        navigate("my-credentials");
        Div warning = _get(Div.class, s -> s.withClasses("xf-warning"));
        assertThat(warning.getElement().getTextRecursively()).contains("本年还差", "学时，可通过以下途径获得");
        List<String> links = _find(warning, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).containsExactly("my-hours", "courses", "my-sessions");
        navigate(links.get(0));
        assertThat(_get(UnorderedList.class, s -> s.withId("hours-next")).getChildren()).isNotEmpty();

        loginAs("hr");
        navigate("credentials");
        @SuppressWarnings("unchecked")
        Grid<RegisterEntry> grid = _get(Grid.class, s -> s.withId("credentials-grid"));
        RegisterEntry behind = GridKt._findAll(grid).stream()
                .filter(e -> e.risks().contains(RiskReason.HOURS_BEHIND)).findFirst().orElseThrow();
        navigate("credentials/person/" + behind.credential().holderId());
        assertThat(_get(Div.class, s -> s.withId("credential-risk-" + behind.credential().id())).getElement()
                .getTextRecursively()).contains("年审风险").doesNotContain("可通过以下途径获得");
        assertThat(_find(Div.class, s -> s.withClasses("xf-risk-paths"))).isEmpty();
    }

    @Test
    void hr_opens_a_persons_page_and_a_cadre_cannot_open_anothers() {
        loginAs("hr");
        navigate("credentials");
        @SuppressWarnings("unchecked")
        Grid<RegisterEntry> grid = _get(Grid.class, s -> s.withId("credentials-grid"));
        CredentialRecord head = records(grid).stream().filter(r -> r.holderName().equals("陈志明")).findFirst()
                .orElseThrow();
        navigate("credentials/person/" + head.holderId());
        assertThat(_get(CredentialHolderView.class).getElement().getTextRecursively()).contains("陈志明",
                "44080021000123", "已过期");
        loginAs("cadre");
        navigate("credentials/person/" + head.holderId());
        assertThat(_get(Paragraph.class, s -> s.withId("credentials-denied")).getText())
                .isEqualTo("您无权查看此人的证件。");
        assertThat(_get(CredentialHolderView.class).getElement().getTextRecursively()).doesNotContain("44080021000123");
    }

    static List<CredentialRecord> records(Grid<RegisterEntry> grid) {
        return GridKt._findAll(grid).stream().map(RegisterEntry::credential).toList();
    }
}
