package org.xuefa.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xuefa.people.OrgUnitRecord;

/**
 * The unit and year a page shows: a unit of the reader's scope (default the first, the reader's own) and one of the
 * last three years, kept in the URL ({@code ?unit=CODE&year=YYYY}) so the page can be bookmarked. A pick navigates
 * to the page with the new query; the page reads it back in {@code beforeEnter} through {@link #read}.
 */
final class UnitYearChoice extends HorizontalLayout {
    /** What the URL asks for; {@code unit} is null when its code is not a unit of the reader's scope. */
    record Choice(OrgUnitRecord unit, int year) {
        String query() {
            return "unit=" + URLEncoder.encode(unit.code(), StandardCharsets.UTF_8) + "&year=" + year;
        }
    }

    private final Select<OrgUnitRecord> unit = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final List<OrgUnitRecord> units;
    private final List<Integer> years;

    UnitYearChoice(String id, List<OrgUnitRecord> units, int thisYear, Class<? extends Component> page) {
        this.units = units;
        this.years = List.of(thisYear, thisYear - 1, thisYear - 2);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        unit.setId(id + "-unit");
        unit.setLabel(getTranslation("overview.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> "\u00a0".repeat(u.depth() * 2) + u.displayName(getLocale()));
        unit.setPlaceholder(getTranslation("overview.unit.pick"));
        year.setId(id + "-year");
        year.setLabel(getTranslation("overview.year"));
        year.setItems(years);
        unit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && year.getValue() != null) {
                go(page);
            }
        });
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && unit.getValue() != null) {
                go(page);
            }
        });
        add(unit, year);
    }

    /** The choice the query asks for, shown in the pickers; empty when the scope holds no unit. */
    Optional<Choice> read(QueryParameters query) {
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> params = query.getParameters();
        String code = params.getOrDefault("unit", List.of()).stream().findFirst().orElse(null);
        OrgUnitRecord chosen = code == null ? units.get(0)
                : units.stream().filter(u -> u.code().equals(code)).findFirst().orElse(null);
        int y = params.getOrDefault("year", List.of()).stream().findFirst().map(UnitYearChoice::number)
                .filter(years::contains).orElse(years.get(0));
        unit.setValue(chosen);
        year.setValue(y);
        return Optional.of(new Choice(chosen, y));
    }

    /** A download link of the chosen unit and year (outside the router, so the browser fetches the file). */
    static Anchor download(String id, String text) {
        Anchor a = new Anchor();
        a.setId(id);
        a.setText(text);
        a.getElement().setAttribute("router-ignore", true);
        return a;
    }

    private void go(Class<? extends Component> page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("unit", unit.getValue().code());
        query.put("year", String.valueOf(year.getValue()));
        UI.getCurrent().navigate(page, QueryParameters.simple(query));
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
