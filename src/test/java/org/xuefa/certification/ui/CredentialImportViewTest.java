package org.xuefa.certification.ui;

import org.xuefa.certification.CredentialFilter;
import org.xuefa.certification.CredentialRegister;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.certification.Credentials;

class CredentialImportViewTest extends KaribuTestBase {
    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private static byte[] csv(String... rows) {
        return ("工号,证件类型,证件编号,执法领域,发证日期,有效期至,发证机关\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_file_with_one_bad_row_imports_nothing_and_names_the_row() {
        loginAs("hr");
        navigate("credentials/import");
        CredentialImportView view = _get(CredentialImportView.class);
        view.run("证件.csv", csv("TP-033,ENFORCEMENT,V" + tag + "-1,城市管理,2024-01-05,,",
                "TP-031,ENFORCEMENT,V" + tag + "-2,城市管理,2024-01-05,2023-01-01,"));
        assertThat(_get(H3.class, s -> s.withId("credential-import-failed")).getText()).contains("1");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, s -> s.withId("credential-import-problems"));
        assertThat(GridKt._findAll(problems)).extracting(ImportProblem::row).containsExactly(3);
        assertThat(view.message(GridKt._get(problems, 0))).isEqualTo("有效期至 2023-01-01 早于发证日期 2024-01-05。");
        useLocale(Messages.ENGLISH);
        assertThat(view.message(GridKt._get(problems, 0)))
                .isEqualTo("The expiry date 2023-01-01 is before the issue date 2024-01-05.");
        assertThat(ctx.getBean(CredentialRegister.class).count(new CredentialFilter(null, null, null, null, "V" + tag)))
                .isZero();
    }

    @Test
    void an_enforcement_certificate_for_someone_not_established_is_refused_with_the_reason() {
        loginAs("hr");
        navigate("credentials/import");
        CredentialImportView view = _get(CredentialImportView.class);
        view.run("证件.csv", csv("TP-082,ENFORCEMENT,W" + tag + "-1,城市管理,2024-01-05,,"));
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, s -> s.withId("credential-import-problems"));
        assertThat(view.message(GridKt._get(problems, 0))).contains("不是在编人员");
    }

    @Test
    void a_good_file_imports_and_importing_it_again_changes_nothing() {
        loginAs("hr");
        navigate("credentials/import");
        CredentialImportView view = _get(CredentialImportView.class);
        byte[] file = csv("TP-031,行政执法证,W" + tag + ",城市管理,2024-01-05,,");
        view.run("证件.csv", file);
        assertThat(_get(Paragraph.class, s -> s.withId("credential-import-counts")).getText())
                .isEqualTo("新增 1 个，更新 0 个，未变 0 个证件。");
        view.run("证件.csv", file);
        assertThat(_get(Paragraph.class, s -> s.withId("credential-import-counts")).getText())
                .isEqualTo("新增 0 个，更新 0 个，未变 1 个证件。");
    }

    @Test
    void templates_are_offered_and_the_register_links_here() {
        loginAs("hr");
        navigate("credentials");
        assertThat(_get(RouterLink.class, s -> s.withText("导入证件")).getHref()).isEqualTo("credentials/import");
        navigate("credentials/import");
        assertThat(_get(Anchor.class, s -> s.withId("credential-template-xlsx")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, s -> s.withId("credential-template-csv")).getHref()).isNotBlank();
    }

    @Test
    void leaders_and_cadres_cannot_open_the_import() {
        loginAs("leader");
        navigate("credentials");
        LocatorJ._assertNone(RouterLink.class, s -> s.withText("导入证件"));
        navigate("credentials/import");
        assertThatThrownBy(() -> _get(CredentialImportView.class)).isInstanceOf(AssertionError.class);
        loginAs("cadre");
        navigate("credentials/import");
        assertThatThrownBy(() -> _get(CredentialImportView.class)).isInstanceOf(AssertionError.class);
    }
}
