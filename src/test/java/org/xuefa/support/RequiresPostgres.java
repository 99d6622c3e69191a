package org.xuefa.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only where a PostgreSQL database is configured (XUEFA_TEST_PG_URL), and always under CI=true, where
 * a missing database must fail the build rather than skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (System.getenv("XUEFA_TEST_PG_URL") != null) {
                return ConditionEvaluationResult.enabled("PostgreSQL configured by XUEFA_TEST_PG_URL");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests must run");
            }
            return ConditionEvaluationResult.disabled("Skipped: no PostgreSQL. Set XUEFA_TEST_PG_URL, "
                    + "XUEFA_TEST_PG_USER and XUEFA_TEST_PG_PASSWORD (as .ci/run does) to run them.");
        }
    }
}
