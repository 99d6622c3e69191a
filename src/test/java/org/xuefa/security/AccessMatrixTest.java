package org.xuefa.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.ui.AccessDeniedView;
import org.xuefa.base.ui.ForbiddenView;
import org.xuefa.base.ui.NotFoundView;
import org.xuefa.security.AccessMatrix.Row;
import org.xuefa.security.ui.LoginView;

/**
 * Walks the {@link AccessMatrix}: every view through the Vaadin router as each user, every endpoint through the
 * security filter chain, and fails on any difference from the table, or when a route or an endpoint of the app is
 * missing from it. The outcomes as run are written to {@code target/access-matrix.txt}.
 */
class AccessMatrixTest extends KaribuTestBase {
    private static final Path REPORT = Path.of("target", "access-matrix.txt");

    @Autowired
    WebApplicationContext web;

    private AccessMatrixIds ids() {
        return AccessMatrixIds.of(ctx, fixtures, clock.instant());
    }

    @Test
    void every_route_answers_each_user_as_the_matrix_says() throws IOException {
        AccessMatrixIds ids = ids();
        List<Row> views = AccessMatrix.rows().stream().filter(Row::isView).toList();
        Map<Row, Map<String, String>> actual = new LinkedHashMap<>();
        views.forEach(r -> actual.put(r, new LinkedHashMap<>()));
        Logger router = (Logger) LoggerFactory.getLogger(Router.class);
        Level level = router.getLevel();
        router.setLevel(Level.OFF); // Karibu's access-denied view fails on purpose; its stack traces only slow the walk
        try {
            for (String column : AccessMatrix.COLUMNS) {
                restartVaadin();
                actAs(ids.username(column));
                for (Row row : views) {
                    actual.get(row).put(column, open(ids.resolve(row.path())));
                }
            }
        } finally {
            router.setLevel(level);
        }
        report("views", actual);
        assertThat(differences(actual)).isEmpty();
    }

    @Test
    void every_route_of_the_app_is_in_the_matrix() {
        AccessMatrixIds ids = ids();
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        Set<Class<?>> listed = new HashSet<>();
        for (Row row : AccessMatrix.rows()) {
            if (row.isView()) {
                routes.getRoute(ids.resolve(row.path()).substring(1)).ifPresent(listed::add);
            }
        }
        List<String> missing = routes.getAvailableRoutes().stream()
                .filter(r -> !listed.contains(r.getNavigationTarget())).map(RouteData::getTemplate).toList();
        assertThat(missing).as("routes missing from AccessMatrix").isEmpty();
    }

    @Test
    void every_endpoint_answers_each_user_as_the_matrix_says() throws Exception {
        AccessMatrixIds ids = ids();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        Map<Row, Map<String, String>> actual = new LinkedHashMap<>();
        for (Row row : AccessMatrix.rows().stream().filter(r -> !r.isView()).toList()) {
            Map<String, String> outcomes = new LinkedHashMap<>();
            for (String column : AccessMatrix.COLUMNS) {
                var request = get(ids.resolve(row.path())).header("Accept-Language", "zh-CN");
                String username = ids.username(column);
                if (username != null) {
                    request = request.with(user(userDetailsService.loadUserByUsername(username)));
                }
                outcomes.put(column, outcome(mvc.perform(request).andReturn().getResponse()));
            }
            actual.put(row, outcomes);
        }
        report("endpoints", actual);
        assertThat(differences(actual)).isEmpty();
    }

    @Test
    void every_endpoint_of_the_app_is_in_the_matrix() {
        AccessMatrixIds ids = ids();
        List<String> paths = AccessMatrix.rows().stream().filter(r -> !r.isView())
                .map(r -> ids.resolve(r.pathOnly())).toList();
        RequestMappingHandlerMapping mapping = web.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        List<String> missing = new ArrayList<>();
        for (var e : mapping.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.xuefa")) {
                continue;
            }
            RequestMappingInfo info = e.getKey();
            for (String pattern : info.getPatternValues()) {
                Pattern regex = Pattern.compile(Pattern.quote(pattern).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
                if (paths.stream().noneMatch(p -> regex.matcher(p).matches())) {
                    missing.add(info.getMethodsCondition() + " " + pattern);
                }
            }
        }
        assertThat(missing).as("endpoints missing from AccessMatrix").isEmpty();
    }

    /** Signs in for services and Vaadin's checks, or signs out (anonymous) when the username is null. */
    private void actAs(String username) {
        if (username != null) {
            loginAs(username);
            return;
        }
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    /** Navigates and names what the user got; see {@link AccessMatrix} for the outcomes. */
    private static String open(String path) {
        String location = path.substring(1);
        UI ui = UI.getCurrent();
        try {
            ui.navigate(location);
        } catch (RuntimeException e) {
            return "error:" + e.getClass().getSimpleName();
        }
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        HasElement target = chain.isEmpty() ? null : chain.get(0);
        if (target instanceof LoginView) {
            return path.equals("/login") ? "ok" : "login";
        }
        if (target instanceof RouteAccessDeniedError || target instanceof AccessDeniedView
                || target instanceof ForbiddenView) {
            return "denied";
        }
        if (target instanceof RouteNotFoundError || target instanceof NotFoundView) {
            return "notfound";
        }
        if (target instanceof InternalServerError error
                && error.getElement().getTextRecursively().contains("AccessDeniedException")) {
            return "denied"; // Karibu's stand-in for Vaadin's access-denied view fails to render, by design
        }
        if (target == null || target instanceof HasErrorParameter<?>) {
            return "error:" + (target == null ? "none" : target.getClass().getSimpleName());
        }
        Class<?> routed = RouteConfiguration.forApplicationScope().getRoute(location).orElse(null);
        if (routed == null || !routed.isInstance(target)) {
            return "away";
        }
        boolean refusal = _find(Component.class).stream().map(c -> c.getId().orElse(""))
                .anyMatch(id -> id.endsWith("-refused") || id.endsWith("-denied"));
        return refusal ? "refused" : "ok";
    }

    private static String outcome(MockHttpServletResponse response) {
        String location = response.getHeader("Location");
        if (response.getStatus() == 302 && location != null && location.endsWith("/login")) {
            return "login";
        }
        return String.valueOf(response.getStatus());
    }

    private static List<String> differences(Map<Row, Map<String, String>> actual) {
        List<String> differences = new ArrayList<>();
        actual.forEach((row, outcomes) -> outcomes.forEach((column, got) -> {
            String expected = row.expected().get(column);
            if (!expected.equals(got)) {
                differences.add(row.path() + " as " + column + ": expected " + expected + ", got " + got);
            }
        }));
        return differences;
    }

    /** The outcomes as run, in the table's layout, for docs/security.md and for reading a failure. */
    private static void report(String title, Map<Row, Map<String, String>> actual) throws IOException {
        StringBuilder text = new StringBuilder("# " + title + ": " + String.join(" ", AccessMatrix.COLUMNS) + "\n");
        actual.forEach((row, outcomes) -> text.append(String.format("%s %-50s %s%n", row.kind(), row.path(),
                outcomes.values().stream().map(o -> String.format("%-7s", o)).collect(Collectors.joining(" ")))));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT.resolveSibling("access-matrix-" + title + ".txt"), text);
    }
}
