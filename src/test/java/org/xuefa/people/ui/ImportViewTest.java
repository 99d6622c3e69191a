package org.xuefa.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.people.ImportKind;
import org.xuefa.people.ImportResult;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.Officials;

class ImportViewTest extends KaribuTestBase {
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private byte[] csv(String... rows) {
        return ("工号,姓名,机构代码,职务,人员类别,用工性质,入职日期,离职日期\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_file_with_one_bad_row_imports_nothing_and_names_the_row() {
        loginAs("hr");
        navigate("import");
        ImportView view = _get(ImportView.class);
        finish(view.run("roster.csv", csv("V-" + tag + "-1,甲,office,科员,一般干部,在编,2024-01-01,",
                "V-" + tag + "-2,乙,no-such-unit,科员,一般干部,在编,2024-01-01,",
                "V-" + tag + "-3,丙,office,科员,一般干部,在编,2024-13-01,")));
        assertThat(_get(H3.class, s -> s.withId("import-failed")).getText()).contains("2");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, s -> s.withId("import-problems"));
        assertThat(GridKt._findAll(problems)).extracting(ImportProblem::row).containsExactly(3, 4);
        assertThat(view.message(GridKt._get(problems, 0))).contains("no-such-unit");
        navigate("officials");
        loginAs("hr");
        assertThat(ctx.getBean(Officials.class)
                .count(new OfficialFilter("V-" + tag, null, null, null))).isZero();
    }

    @Test
    void a_good_file_imports_and_importing_it_again_changes_nothing() {
        loginAs("hr");
        navigate("import");
        ImportView view = _get(ImportView.class);
        byte[] file = csv("W-" + tag + "-1,赵一,social,科员,一般干部,在编,2024-01-01,",
                "W-" + tag + "-2,钱二,v-longwan,村委会委员,一般干部,编外,,");
        finish(view.run("roster.csv", file));
        @SuppressWarnings("unchecked")
        Grid<Map.Entry<ImportKind, ImportResult.Counts>> counts = _get(Grid.class, s -> s.withId("import-counts"));
        assertThat(officials(counts).created()).isEqualTo(2);
        finish(view.run("roster.csv", file));
        @SuppressWarnings("unchecked")
        Grid<Map.Entry<ImportKind, ImportResult.Counts>> again = _get(Grid.class, s -> s.withId("import-counts"));
        assertThat(officials(again).created()).isZero();
        assertThat(officials(again).updated()).isZero();
        assertThat(officials(again).unchanged()).isEqualTo(2);
    }

    /** The import runs in the background: wait for it, then run what it handed to the UI. */
    private static void finish(CompletableFuture<Void> importing) {
        importing.orTimeout(60, TimeUnit.SECONDS).join();
        MockVaadin.runUIQueue();
    }

    @Test
    void an_import_runs_in_the_background_and_its_progress_reaches_the_screen() {
        loginAs("hr");
        navigate("import");
        ImportView view = _get(ImportView.class);
        CompletableFuture<Void> importing = view.run("roster.csv",
                csv("P-" + tag + "-1,孙三,social,科员,一般干部,在编,2024-01-01,"));
        finish(importing);
        assertThat(view.progress.getValue()).as("the last step pushed: every row written").isEqualTo(1.0);
        assertThat(view.progress.getParent().orElseThrow().isVisible()).as("the bar goes when the result comes")
                .isFalse();
        assertThat(_get(Upload.class, s -> s.withId("import-upload")).isEnabled()).isTrue();
        _get(H3.class, s -> s.withId("import-ok"));
    }

    private static ImportResult.Counts officials(Grid<Map.Entry<ImportKind, ImportResult.Counts>> grid) {
        return GridKt._findAll(grid).stream().filter(e -> e.getKey() == ImportKind.OFFICIALS).findFirst()
                .orElseThrow().getValue();
    }

    @Test
    void templates_are_offered_for_download() {
        loginAs("hr");
        navigate("import");
        assertThat(_get(Anchor.class, s -> s.withId("import-template-xlsx")).getHref()).isNotBlank();
        _get(Anchor.class, s -> s.withId("import-template-officials"));
    }

    @Test
    void organizers_and_cadres_cannot_open_the_import() {
        loginAs("organizer");
        navigate("import");
        assertThatThrownBy(() -> _get(ImportView.class)).isInstanceOf(AssertionError.class);
    }
}
