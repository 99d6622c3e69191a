package org.xuefa.citygen;

import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.xuefa.security.AccountService;
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;
import org.xuefa.security.SystemTask;

/**
 * The {@code generate-city} command's work, once the application has started (after the demo seeding, the first
 * administrator and the start-up jobs, which thus never run over the generated city): generates the city
 * and, for a city of its own (no {@code --parent}), creates the account {@code hr-<code>} with the HR and leader
 * roles over the city and a random password, printed once and to be changed at the first sign-in.
 */
@Component
@ConditionalOnProperty(name = CityCommand.PROPERTY, havingValue = "true")
class CityRunner {
    private static final Logger log = LoggerFactory.getLogger(CityRunner.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private final CityGenerator generator;
    private final AccountService accounts;

    CityRunner(CityGenerator generator, AccountService accounts) {
        this.generator = generator;
        this.accounts = accounts;
    }

    void run(String[] args) {
        CityPlan plan = CityPlan.parse(args);
        SystemTask.run(() -> {
            CityGenerator.CityResult result = generator.generate(plan);
            System.out.printf("%nGenerated city %s (%s) in %d s: %s%n", result.rootCode(), result.rootPath(),
                    result.took().toSeconds(), result.rows());
            if (plan.parentCode() == null) {
                account(result);
            } else {
                System.out.printf("The city lies under unit %s: whoever has HR or leader rights there sees it.%n",
                        plan.parentCode());
            }
        });
    }

    private void account(CityGenerator.CityResult result) {
        String username = "hr-" + result.rootCode();
        String password = password();
        try {
            accounts.create(new AccountService.NewAccount(username, "人事专干（" + result.rootCode() + "）", password,
                    null, Set.of(new RoleGrant(Role.HR, result.rootUnitId()),
                            new RoleGrant(Role.LEADER, result.rootUnitId()))));
            System.out.printf("Account %s (HR and leader of the whole city), password: %s%n"
                    + "This password is shown only now and must be changed at the first sign-in.%n", username,
                    password);
        } catch (RuntimeException e) {
            log.warn("Could not create the account {}: {}. An administrator can create it under Accounts with the"
                    + " roles HR and leader on unit {}.", username, e.getMessage(), result.rootCode());
        }
    }

    private static String password() {
        SecureRandom random = new SecureRandom();
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            p.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return p.toString();
    }
}
