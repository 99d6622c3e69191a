package org.xuefa.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run of each scheduled job at a time across the cluster: every {@code @Scheduled} method that works on the
 * shared database also carries {@code @SchedulerLock(name = ...)}, and a node that finds the job's row in table
 * {@code shedlock} held skips that run (it does not wait). The lock times are the database's ({@code usingDbTime},
 * so the nodes' clocks do not matter, and the application's {@link java.time.Clock}, fixed in tests, is not used).
 * A job that only tidies its own node's memory must not be locked. Active on a single node too, where it costs
 * one row update per run.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLocks {
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
