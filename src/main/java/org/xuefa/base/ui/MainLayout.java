package org.xuefa.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The frame around every signed-in view. Its menu is built from the views' {@code @Menu} annotations, filtered by
 * what the user may open, so the layout lists no views. On a narrow screen the menu becomes a drawer. The view is
 * shown inside one {@code main} landmark, which holds the view's {@code h1}.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {
    private final AuthenticationContext authentication;
    private final UserPreferences preferences;
    private final List<HeaderItem> headerItems;
    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication, UserPreferences preferences,
            List<HeaderItem> headerItems) {
        this.authentication = authentication;
        this.preferences = preferences;
        this.headerItems = headerItems.stream().sorted(Comparator.comparingInt(HeaderItem::order)).toList();
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(menu()));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("a11y.menu"));
        addToNavbar(true, toggle, header());
        main.addClassName("xf-main");
        main.setId("main");
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    private Div brand() {
        Div brand = new Div();
        brand.addClassName("xf-brand");
        Span logo = new Span("学法");
        logo.addClassName("xf-logo");
        Span name = new Span(getTranslation("app.tagline"));
        name.addClassName("xf-tagline");
        brand.add(logo, name);
        return brand;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.addClassName("xf-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null ? new SideNavItem(getTranslation(entry.title()), entry.path())
                    : new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout header() {
        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("xf-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Div spacer = new Div();
        header.addAndExpand(spacer);
        authentication.getAuthenticatedUser(UserDetails.class).ifPresent(user -> {
            MenuBar userMenu = new MenuBar();
            userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            var root = userMenu.addItem(user.getUsername());
            root.setId("user-menu");
            root.getSubMenu().addItem(getTranslation("menu.profile"), e -> getUI().ifPresent(ui -> ui.navigate("profile")));
            root.getSubMenu().addItem(getTranslation("menu.logout"), e -> authentication.logout());
            LanguageSwitch language = new LanguageSwitch();
            language.addLanguageChosenListener(e -> preferences.storeLocale(e.locale()));
            headerItems.forEach(item -> item.create().ifPresent(header::add));
            header.add(language, userMenu);
        });
        return header;
    }
}
