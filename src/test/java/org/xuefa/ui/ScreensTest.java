package org.xuefa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.audit.AuditRecord;
import org.xuefa.audit.ui.AuditView;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.ui.Card;
import org.xuefa.people.AssignmentRecord;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.PostRecord;
import org.xuefa.people.ui.OfficialsView;
import org.xuefa.people.ui.OrganisationView;
import org.xuefa.security.AccountSummary;
import org.xuefa.security.OrgUnitDirectory;
import org.xuefa.security.ui.AccountsView;
import org.xuefa.security.ui.LoginView;

/** Each screen of the foundation, driven without a browser, in both languages where it matters. */
class ScreensTest extends KaribuTestBase {

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void the_login_page_is_chinese_by_default_and_english_on_request() {
        navigate("login");
        _get(LoginView.class);
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"))).contains("用户名");
        useLocale(Messages.ENGLISH);
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"))).contains("Sign in")
                .doesNotContain("用户名");
    }

    @Test
    void the_cadre_start_page_shows_their_own_card_and_a_short_menu() {
        loginAs("cadre");
        navigate("");
        assertThat(_get(Card.class, s -> s.withId("card-me")).getElement().getTextRecursively()).contains("罗文杰",
                "综合执法大队");
        assertThat(_find(Card.class, s -> s.withId("card-staffing"))).isEmpty();
        assertThat(menu()).containsExactly("首页", "课程学习", "学法考试", "我的证件", "我的学时", "我的补学", "集体学法", "学法记录");
    }

    @Test
    void the_admin_menu_has_everything_and_the_start_page_an_accounts_card() {
        loginAs("admin");
        navigate("");
        assertThat(menu()).contains("首页", "组织机构", "干部名册", "编制缺口", "导入名册", "用户账号", "审计日志");
        _get(Card.class, s -> s.withId("card-admin"));
    }

    @Test
    void the_organisation_tree_shows_the_brigade_posts_and_holders() {
        loginAs("hr");
        navigate("organisation");
        OrganisationView view = _get(OrganisationView.class);
        @SuppressWarnings("unchecked")
        TreeGrid<OrgUnitRecord> tree = _get(TreeGrid.class, s -> s.withId("unit-tree"));
        OrgUnitRecord brigade = GridKt._findAll(tree).stream().filter(u -> u.code().equals("brigade")).findFirst()
                .orElseThrow();
        assertThat(GridKt._findAll(tree)).noneMatch(u -> u.code().equals("shijiao"));
        tree.select(brigade);
        @SuppressWarnings("unchecked")
        Grid<PostRecord> posts = _get(Grid.class, s -> s.withId("posts-grid"));
        PostRecord post = GridKt._get(posts, 0);
        assertThat(post.establishment()).isEqualTo(5);
        assertThat(post.primaryHolders()).isEqualTo(2);
        assertThat(post.concurrentHolders()).isEqualTo(3);
        posts.select(post);
        @SuppressWarnings("unchecked")
        Grid<AssignmentRecord> holders = _get(Grid.class, s -> s.withId("holders-grid"));
        assertThat(GridKt._size(holders)).isEqualTo(5);
        assertThat(view).isNotNull();
    }

    @Test
    void hr_adds_a_post_through_the_dialog_and_a_double_click_adds_it_once() {
        loginAs("hr");
        navigate("organisation");
        @SuppressWarnings("unchecked")
        TreeGrid<OrgUnitRecord> tree = _get(TreeGrid.class, s -> s.withId("unit-tree"));
        tree.select(GridKt._findAll(tree).stream().filter(u -> u.code().equals("judicial")).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("post-add")));
        String title = "调解员" + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, s -> s.withId("post-title")), title);
        Button save = _get(Button.class, s -> s.withId("post-save"));
        _click(save);
        assertThat(save.isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<PostRecord> posts = _get(Grid.class, s -> s.withId("posts-grid"));
        assertThat(GridKt._findAll(posts)).filteredOn(p -> p.title().equals(title)).hasSize(1);
    }

    @Test
    void the_officials_grid_loads_lazily_and_filters() {
        loginAs("organizer");
        navigate("officials");
        OfficialsView view = _get(OfficialsView.class);
        @SuppressWarnings("unchecked")
        Grid<OfficialRecord> grid = _get(Grid.class, s -> s.withId("officials-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(36);
        _setValue(_get(TextField.class, s -> s.withId("officials-search")), "罗文杰");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).staffNumber()).isEqualTo("TP-022");
        LocatorJ._assertNone(Button.class, s -> s.withId("official-new"));
        assertThat(view).isNotNull();
    }

    @Test
    void hr_creates_an_official_and_bad_input_gets_a_translated_message() {
        loginAs("hr");
        navigate("officials");
        _click(_get(Button.class, s -> s.withId("official-new")));
        _setValue(_get(TextField.class, s -> s.withId("official-staff-number")), "TP-011");
        _setValue(_get(TextField.class, s -> s.withId("official-name")), "重复工号");
        _click(_get(Button.class, s -> s.withId("official-save")));
        NotificationsKt.expectNotifications("请选择所在机构。");
        String number = "K-" + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, s -> s.withId("official-staff-number")), number);
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitRecord> unit = _find(ComboBox.class).stream()
                .filter(c -> "所在机构".equals(c.getLabel())).findFirst().orElseThrow();
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.code().equals("social")).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("official-save")));
        NotificationsKt.clearNotifications();
        _setValue(_get(TextField.class, s -> s.withId("officials-search")), number);
        @SuppressWarnings("unchecked")
        Grid<OfficialRecord> grid = _get(Grid.class, s -> s.withId("officials-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).unitName()).isEqualTo("社会事务办公室");
    }

    @Test
    void the_admin_creates_an_account_with_a_scoped_role() {
        loginAs("admin");
        navigate("admin/accounts");
        _get(AccountsView.class);
        _click(_get(Button.class, s -> s.withId("account-new")));
        String username = "k" + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, s -> s.withId("account-username")), username);
        _setValue(_get(PasswordField.class, s -> s.withId("account-password")), "Lawful-study-2026");
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitDirectory.UnitChoice> unit = _get(ComboBox.class, s -> s.withId("grant-unit"));
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.label().contains("综合执法大队")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("grant-add")));
        _click(_get(Button.class, s -> s.withId("account-save")));
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = _get(Grid.class, s -> s.withId("accounts-grid"));
        AccountSummary created = GridKt._findAll(grid).stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow();
        assertThat(created.grants()).hasSize(1);
    }

    @Test
    void hr_cannot_open_the_admin_screens() {
        loginAs("hr");
        navigate("admin/accounts");
        assertThatThrownBy(() -> _get(AccountsView.class)).isInstanceOf(AssertionError.class);
        navigate("admin/audit");
        assertThatThrownBy(() -> _get(AuditView.class)).isInstanceOf(AssertionError.class);
    }

    @Test
    void the_audit_screen_searches_by_text() {
        loginAs("admin");
        navigate("admin/audit");
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class, s -> s.withId("audit-grid"));
        assertThat(GridKt._size(grid)).isPositive();
        _setValue(_get(TextField.class, s -> s.withId("audit-search")), "综合执法大队");
        assertThat(GridKt._findAll(grid)).isNotEmpty()
                .allMatch(r -> (r.summary() + r.details()).contains("综合执法大队"));
    }

    @Test
    void the_profile_refuses_a_mismatched_new_password() {
        loginAs("leader");
        navigate("profile");
        _setValue(_get(PasswordField.class, s -> s.withId("password-current")), "demo12345");
        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), "new-password-1");
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), "new-password-2");
        _click(_get(Button.class, s -> s.withId("password-change")));
        NotificationsKt.expectNotifications("两次输入的新密码不一致。");
    }

    @Test
    void every_screen_renders_in_english_without_missing_keys() {
        useLocale(Messages.ENGLISH);
        loginAs("admin");
        for (String route : List.of("", "organisation", "officials", "staffing", "import", "admin/accounts",
                "admin/audit", "profile", "credentials", "my-credentials", "notifications")) {
            navigate(route);
            String text = UI.getCurrent().getElement().getTextRecursively();
            assertThat(text).as(route).doesNotContain("!").doesNotContainPattern("[\\u4e00-\\u9fa5]{2,}(?!.*[A-Za-z])");
            assertThat(menu()).as(route).contains("Home", "Staffing gaps", "Accounts");
        }
    }
}
