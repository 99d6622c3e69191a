package org.xuefa.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of time: services get this {@link Clock}; its zone is the one setting {@code xuefa.zone}
 * (default Asia/Shanghai), which screens read through {@code base.ui.Times}. Tests replace the clock with a fixed one.
 */
@Configuration
class ClockConfig {
    @Bean
    Clock clock(@Value("${xuefa.zone}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
