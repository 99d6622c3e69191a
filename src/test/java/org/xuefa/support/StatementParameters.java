package org.xuefa.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A data-source proxy for tests that records the statement with the most parameter placeholders prepared since the
 * last {@link #reset()} (JPA, Spring Data and JdbcTemplate alike), so a test can show that no statement grows with
 * the data. Import it into a test's context with {@code @Import(StatementParameters.class)}.
 */
@TestConfiguration
public class StatementParameters {
    /** The largest statement seen: its parameter count and its SQL. */
    public record Largest(int parameters, String sql) {
    }

    private static final AtomicReference<Largest> LARGEST = new AtomicReference<>(new Largest(0, ""));

    public static void reset() {
        LARGEST.set(new Largest(0, ""));
    }

    public static Largest largest() {
        return LARGEST.get();
    }

    /** The placeholders of a statement, outside quoted literals and identifiers. */
    public static int count(String sql) {
        int n = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '?') {
                n++;
            }
        }
        return n;
    }

    static void record(String sql) {
        int n = count(sql);
        LARGEST.accumulateAndGet(new Largest(n, sql), (a, b) -> b.parameters() > a.parameters() ? b : a);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
                    return Proxy.newProxyInstance(StatementParameters.class.getClassLoader(),
                            new Class<?>[] {DataSource.class}, forward(dataSource, true));
                }
                return bean;
            }
        };
    }

    private static InvocationHandler forward(Object target, boolean dataSource) {
        return (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (dataSource && result instanceof Connection c && method.getName().equals("getConnection")) {
                return Proxy.newProxyInstance(StatementParameters.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, forward(c, false));
            }
            if (!dataSource && (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                    && args != null && args.length > 0 && args[0] instanceof String sql) {
                record(sql);
            }
            return result;
        };
    }
}
