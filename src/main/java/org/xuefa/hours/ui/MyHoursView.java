package org.xuefa.hours.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import org.xuefa.base.ui.Times;
import org.xuefa.course.CourseStudy;
import org.xuefa.hours.CreditRecord;
import org.xuefa.hours.MyHours;
import org.xuefa.hours.PaceRules;
import org.xuefa.hours.Progress;
import org.xuefa.hours.RequirementKind;
import org.xuefa.hours.StudyHours;
import org.xuefa.study.MySession;
import org.xuefa.study.SessionAttendance;

/**
 * My hours (我的学时): a bar per requirement with the pace for today, what to do next where behind (open courses
 * for online hours, sessions ahead for training), and every credit of the year with its source.
 */
@Route("my-hours")
@Menu(title = "menu.myHours", order = 7.5, icon = "vaadin:hourglass")
@PermitAll
public class MyHoursView extends VerticalLayout implements HasDynamicTitle {

    public MyHoursView(StudyHours hours, CourseStudy courses, SessionAttendance sessions) {
        addClassName("xf-page");
        add(new H1(getTranslation("hours.my.title")));
        MyHours mine = hours.mine().orElse(null);
        if (mine == null) {
            add(new Paragraph(getTranslation("hours.my.noOfficial")));
            return;
        }
        Paragraph rule = new Paragraph(getTranslation("hours.rule", PaceRules.RECENT_DAYS));
        rule.addClassName("xf-muted");
        add(rule);
        for (Progress p : mine.progress()) {
            add(bar(p, mine));
        }
        add(new H3(getTranslation("hours.my.next")));
        UnorderedList next = new UnorderedList();
        next.setId("hours-next");
        boolean online = mine.progress().stream().anyMatch(p -> p.kind() == RequirementKind.ONLINE && p.gap().signum() > 0);
        boolean training = mine.progress().stream().anyMatch(p -> p.kind() == RequirementKind.TRAINING
                && p.gap().signum() > 0);
        if (online) {
            courses.myCatalogue().stream().filter(c -> !c.progress().completed()).limit(5).forEach(c -> next.add(
                    new ListItem(new Anchor("courses/" + c.course().id() + "/lesson/" + c.progress().lastLesson(), c.course().title(getLocale())),
                            new Span(" · " + getTranslation("hours.my.courseHours", plain(c.hours()))))));
        }
        if (training) {
            for (MySession s : sessions.mySessions().stream().limit(5).toList()) {
                next.add(new ListItem(new Anchor("my-sessions", s.session().title()), new Span(" · "
                        + Times.dateTime(s.session().startsAt()) + " · "
                        + getTranslation("hours.my.courseHours", plain(s.session().creditHours())))));
            }
        }
        if (next.getChildren().findAny().isEmpty()) {
            next.add(new ListItem(getTranslation(online || training ? "hours.my.nothingOpen" : "hours.my.allMet")));
        }
        add(next);
        add(new H3(getTranslation("hours.my.credits")));
        Grid<CreditRecord> grid = new Grid<>();
        grid.setId("hours-credits");
        grid.addColumn(c -> Times.date(c.creditedAt())).setHeader(getTranslation("hours.col.date")).setAutoWidth(true);
        grid.addColumn(CreditRecord::title).setHeader(getTranslation("hours.col.title")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("hours.source." + c.source())).setHeader(getTranslation("hours.col.source"));
        grid.addColumn(c -> getTranslation("hours.kind." + c.countsToward()))
                .setHeader(getTranslation("hours.col.countsToward"));
        grid.addColumn(c -> plain(c.hours())).setHeader(getTranslation("hours.col.hours"));
        grid.addColumn(c -> c.detail() == null ? "" : c.detail()).setHeader(getTranslation("hours.col.detail"));
        grid.setItems(mine.credits());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Div bar(Progress p, MyHours mine) {
        Div box = new Div();
        box.setId("hours-bar-" + p.kind().name().toLowerCase());
        box.addClassName("xf-hours-bar");
        Span label = new Span(getTranslation("hours.kind." + p.kind()) + " · " + getTranslation("hours.my.of",
                plain(p.earned()), plain(p.required())));
        label.addClassName("xf-figure-small");
        ProgressBar bar = new ProgressBar(0, 1, p.fraction());
        bar.getElement().setAttribute("aria-label", label.getText());
        Paragraph pace = new Paragraph(getTranslation("hours.my.pace", Times.date(mine.date()), plain(p.expected()))
                + " · " + getTranslation("hours.standing." + p.standing()));
        pace.addClassName(p.standing().behind() ? "xf-warning" : "xf-muted");
        box.add(label, bar, pace);
        return box;
    }

    static String plain(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hours.my.title") + " · 学法";
    }
}
