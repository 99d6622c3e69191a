package org.xuefa.citygen;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * For the generator on PostgreSQL: the driver's {@code reWriteBatchedInserts} turns each JDBC batch into a few
 * multi-row inserts, several times faster. Only when {@value CityCommand#BATCHED} is set (the command, the
 * city-scale tests), never in the running application.
 */
@Component
@ConditionalOnProperty(name = CityCommand.BATCHED, havingValue = "true")
class BatchedInserts implements BeanPostProcessor {
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
