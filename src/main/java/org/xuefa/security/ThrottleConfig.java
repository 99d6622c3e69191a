package org.xuefa.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sign-in throttle's settings ({@code xuefa.sign-in.*}, defaults in application.properties). */
@Configuration
class ThrottleConfig {

    @Bean
    ThrottleRules throttleRules(
            @Value("${xuefa.sign-in.address.max-failures:10}") int addressMaxFailures,
            @Value("${xuefa.sign-in.address.window:15m}") Duration addressWindow,
            @Value("${xuefa.sign-in.address.block:15m}") Duration addressBlock,
            @Value("${xuefa.sign-in.account.free-failures:3}") int accountFreeFailures,
            @Value("${xuefa.sign-in.account.first-delay:2s}") Duration accountFirstDelay,
            @Value("${xuefa.sign-in.account.max-delay:1m}") Duration accountMaxDelay,
            @Value("${xuefa.sign-in.account.max-failures:30}") int accountMaxFailures,
            @Value("${xuefa.sign-in.account.window:15m}") Duration accountWindow,
            @Value("${xuefa.sign-in.account.block:5m}") Duration accountBlock) {
        return new ThrottleRules(addressMaxFailures, addressWindow, addressBlock, accountFreeFailures,
                accountFirstDelay, accountMaxDelay, accountMaxFailures, accountWindow, accountBlock);
    }
}
