package org.xuefa.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.i18n.Messages;

/**
 * A crawl of every screen a cadre and an HR officer reach in English: the menu, the start page and every link the
 * rendered screens hold (two levels deep). The text of each screen (text, labels, placeholders, grid rows and the
 * items of selects) must hold no unfilled placeholder such as {@code {1}}, no raw code of one of the app's enums
 * (ENFORCEMENT, PRESENT) and no entity id such as {@code official-30}.
 */
class EnglishCrawlTest extends KaribuTestBase {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern ENTITY_ID = Pattern.compile(
            "\\b(official|unit|session|exam|account|credential|attempt|post|plan|record)-\\d+\\b");
    private static final Set<String> PROPERTIES = Set.of("label", "placeholder", "title", "helperText",
            "errorMessage", "header", "text", "innerHTML", "aria-label", "accessibleName");
    private static final int MAX_SCREENS = 80;
    private static Pattern enumCodes;

    @BeforeAll
    static void enumCodesOfTheApp() {
        Set<String> codes = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.xuefa")) {
            if (type.isEnum()) {
                type.getEnumConstants().stream().map(JavaEnumConstant::name)
                        .filter(n -> n.length() >= 4 && n.matches("[A-Z][A-Z0-9_]+")).forEach(codes::add);
            }
        }
        enumCodes = Pattern.compile("(?<![A-Za-z0-9_])(" + String.join("|", codes) + ")(?![A-Za-z0-9_])");
    }

    @Test
    void a_cadre_sees_no_placeholder_and_no_code_on_any_screen() {
        assertThat(crawl("cadre", List.of("courses/admin-penalty",
                "courses/admin-penalty/practice", "courses/admin-penalty/quiz", "checkin", "no-such-page")))
                .isEmpty();
    }

    @Test
    void hr_sees_no_placeholder_and_no_code_on_any_screen() {
        assertThat(crawl("hr", List.of("no-such-page"))).isEmpty();
    }

    private List<String> crawl(String user, List<String> extra) {
        loginAs(user);
        useLocale(Messages.ENGLISH);
        navigate("");
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        queue.add("");
        for (SideNavItem item : _find(SideNavItem.class)) {
            queue.add(item.getPath());
        }
        queue.addAll(extra);
        List<String> problems = new ArrayList<>();
        int depth = 0;
        while (!queue.isEmpty() && seen.size() < MAX_SCREENS && depth < 3) {
            Deque<String> next = new ArrayDeque<>();
            for (String route : queue) {
                String path = route.startsWith("/") ? route.substring(1) : route;
                if (!seen.add(path)) {
                    continue;
                }
                navigate(path);
                String text = text();
                problems.addAll(check(user + " /" + path, text));
                links().stream().filter(l -> !seen.contains(l)).forEach(next::add);
            }
            queue = next;
            depth++;
        }
        System.err.println(user + " crawled " + seen.size() + " screens: " + seen);
        return problems;
    }

    private static List<String> check(String screen, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(PLACEHOLDER, enumCodes, ENTITY_ID)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 40);
                found.add(screen + ": " + m.group() + " in «" + text.substring(from, to).replace('\n', ' ') + "»");
            }
        }
        return found;
    }

    /** Internal links of the current screen, without downloads and exports. */
    private static List<String> links() {
        List<String> hrefs = new ArrayList<>();
        _find(RouterLink.class).forEach(l -> hrefs.add(l.getHref()));
        _find(Anchor.class).forEach(a -> hrefs.add(a.getHref()));
        return hrefs.stream().filter(h -> h != null && !h.contains(":") && !h.contains("VAADIN")
                        && !h.startsWith("export") && !h.startsWith("/export") && !h.contains("."))
                .map(h -> h.startsWith("/") ? h.substring(1) : h).map(h -> h.replaceAll("[?#].*", ""))
                // opening a lesson records progress in the shared demo town, which tests leave alone
                .filter(h -> !h.contains("/lesson/"))
                .distinct().toList();
    }

    /** What a user reads on the screen: texts, labels, placeholders, grid rows and the items of selects. */
    private static String text() {
        StringBuilder out = new StringBuilder();
        collect(UI.getCurrent().getElement(), out);
        for (Grid<?> grid : _find(Grid.class)) {
            grid.getColumns().forEach(c -> out.append(c.getHeaderText()).append('\n'));
            if (grid.getColumns().stream().anyMatch(c -> "code".equals(c.getKey()))) {
                continue; // a list of codes, such as the credential types' import codes
            }
            int rows = Math.min(GridKt._size(grid), 30);
            for (int i = 0; i < rows; i++) {
                // a component cell reads as its toString, with its id: keep the texts only
                out.append(String.join(" | ", GridKt._getFormattedRow(grid, i)).replaceAll("#[\\w-]+", ""))
                        .append('\n');
            }
        }
        for (ComboBox<?> box : _find(ComboBox.class)) {
            out.append(String.join("\n", ComboBoxKt.getSuggestions(box))).append('\n');
        }
        for (Select<?> select : _find(Select.class)) {
            out.append(String.join("\n", ComboBoxKt.getSuggestions(select))).append('\n');
        }
        for (RadioButtonGroup<?> group : _find(RadioButtonGroup.class)) {
            out.append(String.join("\n", RadioButtonsKt.getItemLabels(group))).append('\n');
        }
        return out.toString();
    }

    private static void collect(Element e, StringBuilder out) {
        if (e.isTextNode()) {
            out.append(e.getText()).append('\n');
            return;
        }
        for (String p : PROPERTIES) {
            if (e.hasProperty(p)) {
                out.append(e.getProperty(p, "")).append('\n');
            }
            if (e.hasAttribute(p)) {
                out.append(e.getAttribute(p)).append('\n');
            }
        }
        e.getChildren().forEach(c -> collect(c, out));
        for (Element v : virtualChildren(e)) {
            collect(v, out);
        }
    }

    private static List<Element> virtualChildren(Element e) {
        return e.getNode().getFeatureIfInitialized(VirtualChildrenList.class)
                .map(list -> {
                    List<Element> children = new ArrayList<>();
                    list.forEachChild(n -> children.add(Element.get(n)));
                    return children;
                }).orElse(List.of());
    }
}
