package org.xuefa.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For the city benchmark: a data-source proxy that logs every query with its bound parameters and how long it ran,
 * so the slowest ones can be shown with {@code EXPLAIN (ANALYZE)} on PostgreSQL. Off until {@link #start()}.
 */
@TestConfiguration
public class StatementLog {
    /** One executed statement: SQL, parameters by index, milliseconds. */
    public record Executed(String sql, Map<Integer, Object> parameters, double millis) {
    }

    private static final ConcurrentLinkedQueue<Executed> LOG = new ConcurrentLinkedQueue<>();
    private static volatile boolean on;

    static void start() {
        LOG.clear();
        on = true;
    }

    /** Stops logging; the slowest statements first, one per SQL text. */
    static List<Executed> stop(int slowest) {
        on = false;
        Map<String, Executed> bySql = new TreeMap<>();
        for (Executed e : LOG) {
            bySql.merge(e.sql(), e, (a, b) -> a.millis() >= b.millis() ? a : b);
        }
        List<Executed> list = new ArrayList<>(bySql.values());
        list.sort(Comparator.comparingDouble(Executed::millis).reversed());
        return list.subList(0, Math.min(slowest, list.size()));
    }

    @Bean
    static BeanPostProcessor loggingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
                    return proxy(DataSource.class, ds, null, null);
                }
                return bean;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, String sql, Map<Integer, Object> params) {
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            long t0 = System.nanoTime();
            Object result;
            try {
                result = m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            String name = m.getName();
            if (result instanceof Connection c && name.equals("getConnection")) {
                return proxy(Connection.class, c, null, null);
            }
            if (result instanceof PreparedStatement ps && name.equals("prepareStatement")) {
                return proxy(PreparedStatement.class, ps, (String) args[0], new TreeMap<>());
            }
            if (params != null && name.startsWith("set") && args != null && args.length >= 2
                    && args[0] instanceof Integer index) {
                params.put(index, name.equals("setNull") ? null : args[1]);
            }
            if (params != null && on && (name.equals("executeQuery") || name.equals("execute"))) {
                LOG.add(new Executed(sql, new TreeMap<>(params), (System.nanoTime() - t0) / 1e6));
            }
            return result;
        });
    }
}
