package org.xuefa;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one shared Spring context of the test suite: the whole app on a random port, an in-memory database seeded
 * with the demo town, and a fixed clock. Tests that change data use their own codes and staff numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(TestClockConfig.class)
public abstract class ServiceTestBase {

    @Autowired
    protected UserDetailsService userDetailsService;
    @Autowired
    private SecurityContextHolderStrategy securityContextHolderStrategy;

    /**
     * Each Spring context installs its own global security-context strategy; with two contexts in one JVM (H2 and
     * PostgreSQL) the one this test runs in must be the current one.
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
    }

    @Autowired
    protected TestClockConfig.MutableClock clock;

    /** Acts as a cadre linked to the official with this staff number, without needing an account. */
    protected void loginAsOfficial(Long officialId) {
        var user = new org.xuefa.security.XuefaUser(null, "official-" + officialId, "", "official", true, officialId,
                null, java.util.Set.of(new org.xuefa.security.RoleGrant(org.xuefa.security.Role.CADRE, 0L)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Signs in a demo account (admin, organizer, hr, leader, cadre) for service calls on this thread. */
    protected UserDetails loginAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        return user;
    }

    @AfterEach
    protected void logout() {
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
