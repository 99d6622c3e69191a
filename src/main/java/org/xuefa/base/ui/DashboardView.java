package org.xuefa.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/** The start page: what is the signed-in user's to do, as cards that features contribute. */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(List<DashboardCard> cards) {
        addClassName("xf-page");
        add(new H1(getTranslation("dashboard.title")));
        Div grid = new Div();
        grid.addClassName("xf-cards");
        cards.stream().sorted(Comparator.comparingInt(DashboardCard::order))
                .forEach(card -> card.create().ifPresent(grid::add));
        if (grid.getChildren().findAny().isEmpty()) {
            grid.add(new Paragraph(getTranslation("dashboard.empty")));
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · 学法";
    }
}
