package org.xuefa;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Every test sees the same moment, 2026-11-26 10:00 in China, unless it moves the clock (and puts it back). */
@TestConfiguration
public class TestClockConfig {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(NOW, ZONE);
    }

    /** A clock that stands still until a test moves it. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MutableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        public void reset() {
            now = NOW;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MutableClock(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
