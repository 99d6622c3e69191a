package org.xuefa.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;

/**
 * On the first start with no accounts, creates {@code admin} with the password from XUEFA_ADMIN_PASSWORD, or a
 * random one printed once to the log; either must be changed at the first sign-in. Runs after demo seeding, which
 * creates its own accounts.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final String configuredPassword;
    private final PasswordPolicy policy;

    AdminBootstrap(UserAccountRepository accounts, PasswordEncoder encoder, AuditLog audit, Clock clock,
            @Value("${xuefa.admin-password:}") String configuredPassword, PasswordPolicy policy) {
        this.policy = policy;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean random = configuredPassword == null || configuredPassword.isBlank();
        String password = random ? randomPassword() : configuredPassword;
        policy.check(password, "admin", false);
        String hash = encoder.encode(password);
        UserAccount admin = new UserAccount("admin", hash, "Administrator", clock.instant());
        // A password from the log or from the deployment's settings is known to more than the administrator
        admin.setPasswordForUser(hash);
        admin.replaceGrants(Set.of(new RoleGrant(Role.ADMIN, null)));
        accounts.save(admin);
        audit.recordAs("system", "CREATE", "account", admin.getId(), "account admin (first start)", null);
        if (random) {
            log.warn("\n\n  Created the administrator account 'admin' with the password: {}\n"
                    + "  It is shown only this once and must be changed at the first sign-in.\n", password);
        } else {
            log.info("Created the administrator account 'admin' with the password from XUEFA_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom rnd = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
