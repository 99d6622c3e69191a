package org.xuefa.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a browser test only where Debian's Chromium and its driver are installed, and always under CI=true. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {
    String CHROMIUM = "/usr/bin/chromium";
    String DRIVER = "/usr/bin/chromedriver";

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER))) {
                return ConditionEvaluationResult.enabled("Chromium found");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("CI=true: browser tests must run");
            }
            return ConditionEvaluationResult.disabled("Skipped: no Chromium. Install Debian's chromium and "
                    + "chromium-driver (as .ci/run does) to run the browser tests.");
        }
    }
}
