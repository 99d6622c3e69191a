package org.xuefa.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this node is one of several on a shared PostgreSQL database ({@code xuefa.cluster.enabled}). Cluster
 * mode needs PostgreSQL (the shared database, the message bus of {@link ClusterEvents} and the store of the
 * scheduled jobs' locks): on H2 a node with the setting on refuses to start and says why.
 */
@Component
public class ClusterMode {
    public static final String PROPERTY = "xuefa.cluster.enabled";
    private final boolean enabled;

    ClusterMode(@Value("${" + PROPERTY + ":false}") boolean enabled,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        requirePostgres(enabled, datasourceUrl);
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Refuses cluster mode on any database but PostgreSQL (on H2 each node would have its own database). */
    static void requirePostgres(boolean enabled, String datasourceUrl) {
        if (enabled && (datasourceUrl == null || !datasourceUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalStateException(PROPERTY + "=true (XUEFA_CLUSTER) needs PostgreSQL, but the database is "
                    + describe(datasourceUrl) + ": start with the profile 'postgres' and XUEFA_DB_URL, or turn "
                    + "cluster mode off to run a single node on H2");
        }
    }

    private static String describe(String url) {
        if (url == null || url.isBlank()) {
            return "not configured";
        }
        int colon = url.indexOf(':', "jdbc:".length());
        return url.startsWith("jdbc:") && colon > 0 ? url.substring(0, colon) : "not a JDBC URL";
    }
}
