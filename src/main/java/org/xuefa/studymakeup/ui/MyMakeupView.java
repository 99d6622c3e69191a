package org.xuefa.studymakeup.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.xuefa.base.ui.Notify;
import org.xuefa.course.CourseCatalog;
import org.xuefa.studymakeup.MakeupItem;
import org.xuefa.studymakeup.MakeupTasks;

/** The signed-in official's make-up study (补学): open tasks by due date, then those done. */
@Route("my-makeup")
@Menu(title = "menu.myMakeup", order = 8, icon = "vaadin:book-percent")
@PermitAll
public class MyMakeupView extends VerticalLayout implements HasDynamicTitle {
    private final MakeupTasks tasks;
    private final CourseCatalog catalog;
    private final Clock clock;
    private final Div open = new Div();
    private final Div done = new Div();
    private final H3 doneTitle = new H3();

    public MyMakeupView(MakeupTasks tasks, CourseCatalog catalog, Clock clock) {
        this.tasks = tasks;
        this.catalog = catalog;
        this.clock = clock;
        addClassName("xf-page");
        add(new H1(getTranslation("makeup.title")));
        Paragraph intro = new Paragraph(getTranslation("makeup.intro"));
        intro.addClassName("xf-muted");
        add(intro);
        open.addClassName("xf-cards");
        open.setId("makeup-open");
        done.addClassName("xf-cards");
        done.setId("makeup-done");
        doneTitle.setText(getTranslation("makeup.doneTitle"));
        add(open, doneTitle, done);
        refresh();
    }

    private void refresh() {
        open.removeAll();
        done.removeAll();
        List<MakeupItem> items = tasks.mine();
        for (MakeupItem item : items) {
            MakeupPanel panel = new MakeupPanel(item, catalog.library(), clock.getZone());
            panel.addConfirmListener(e -> {
                if (Notify.attempt(() -> tasks.confirm(e.item.taskId(), e.note, e.item.version()))) {
                    Notify.success(getTranslation("makeup.confirmedNow"));
                    refresh();
                }
            });
            (item.open() ? open : done).add(panel);
        }
        if (items.stream().noneMatch(MakeupItem::open)) {
            open.add(new Paragraph(getTranslation("makeup.none")));
        }
        boolean anyDone = items.stream().anyMatch(i -> !i.open());
        doneTitle.setVisible(anyDone);
        done.setVisible(anyDone);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("makeup.title") + " · 学法";
    }
}
