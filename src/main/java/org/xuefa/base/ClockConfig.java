package org.xuefa.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of time for services; tests replace it with a fixed clock. */
@Configuration
class ClockConfig {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
