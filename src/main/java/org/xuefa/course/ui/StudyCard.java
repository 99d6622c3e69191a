package org.xuefa.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.Optional;
import org.xuefa.base.ui.Card;
import org.xuefa.base.ui.DashboardCard;
import org.xuefa.course.CourseStudy;
import org.xuefa.security.CurrentUser;

/** The start page's study card: courses in progress, and courses suggested for the official's post. */
@org.springframework.stereotype.Component
class StudyCard implements DashboardCard {
    private final CourseStudy study;
    private final CurrentUser currentUser;

    StudyCard(CourseStudy study, CurrentUser currentUser) {
        this.study = study;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.get().map(u -> u.officialId() == null).orElse(true)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        var courses = study.myCatalogue();
        long done = courses.stream().filter(c -> c.progress().completed()).count();
        Card card = new Card(ui.getTranslation("dashboard.study"));
        card.setId("card-study");
        card.add(new Paragraph(ui.getTranslation("dashboard.study.summary", done, courses.size())));
        courses.stream().filter(c -> c.progress().started() && !c.progress().completed()).limit(3).forEach(c -> {
            RouterLink link = new RouterLink(c.course().title(ui.getLocale()) + " · "
                    + Math.round(c.progress().share() * 100) + "%", LessonView.class,
                    new RouteParameters(Map.of("courseId", c.course().id(),
                            "lesson", String.valueOf(c.progress().lastLesson()))));
            card.add(new Paragraph(link));
        });
        var suggested = study.suggestedForMe().stream().filter(c -> !c.progress().started()).limit(3).toList();
        if (!suggested.isEmpty()) {
            Paragraph heading = new Paragraph(ui.getTranslation("dashboard.study.suggested"));
            heading.addClassName("xf-muted");
            card.add(heading);
            suggested.forEach(c -> {
                RouterLink link = new RouterLink(c.course().title(ui.getLocale()), LessonView.class,
                        new RouteParameters(Map.of("courseId", c.course().id(),
                                "lesson", "1")));
                link.setId("suggested-" + c.course().id());
                card.add(new Paragraph(link));
            });
        }
        card.add(new RouterLink(ui.getTranslation("dashboard.open"), CatalogView.class));
        return Optional.of(card);
    }
}
