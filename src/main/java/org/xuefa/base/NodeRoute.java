package org.xuefa.base;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a load balancer: names this node in its session ids (Tomcat's {@code jvmRoute}, so a session cookie reads
 * {@code JSESSIONID=<random>.<route>}), which is what the nginx configuration in {@code deploy/nginx} routes on to
 * keep a browser on the node that holds its Vaadin UI. Set {@code xuefa.node.route} ({@code XUEFA_NODE_ROUTE}) to a
 * name unique in the cluster; empty (a single process) leaves session ids as they are.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private static final Logger log = LoggerFactory.getLogger(NodeRoute.class);
    private final String route;

    NodeRoute(@Value("${xuefa.node.route:}") String route) {
        this.route = route == null ? "" : route.strip();
        if (!this.route.isEmpty() && !this.route.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalStateException("xuefa.node.route (XUEFA_NODE_ROUTE) must be 1 to 32 letters, digits, '-'"
                    + " or '_', not '" + route + "'");
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!route.isEmpty()) {
            log.info("This node's session ids end in .{} (xuefa.node.route)", route);
            // the engine's route, set before the context (and its session manager, which reads it) starts
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                        && context.getParent().getParent() instanceof Engine engine) {
                    engine.setJvmRoute(route);
                }
            }));
        }
    }
}
