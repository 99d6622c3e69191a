package org.xuefa;

import java.util.function.Supplier;
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
import org.xuefa.support.Absentees;
import org.xuefa.support.Fixtures;

/**
 * The one shared Spring context of the test suite: the whole app on a random port, an in-memory database seeded
 * with the demo town, and a fixed clock. The demo town is read-only for tests: a test that changes data makes its own
 * through {@link #fixtures} (units, officials, posts, accounts with unique codes), so tests run in any order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import({TestClockConfig.class, Fixtures.class, Absentees.class})
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

    /** Test data and identities: demo look-ups, a test's own units, officials and accounts, acting as someone. */
    @Autowired
    protected Fixtures fixtures;

    /** Acts as a cadre linked to the official with this staff number, without needing an account. */
    protected void loginAsOfficial(Long officialId) {
        var user = Fixtures.cadre(officialId);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /**
     * Signs in an account (a demo one: admin, organizer, hr, leader, cadre; or one made by {@code fixtures.newAccount})
     * for service calls on this thread.
     */
    protected UserDetails loginAs(String username) {
        return fixtures.signIn(username);
    }

    /** The id of a demo org unit by code; see {@link Fixtures#unit(String)}. */
    protected Long unit(String code) {
        return fixtures.unit(code);
    }

    /** The id of a demo official by staff number; see {@link Fixtures#official(String)}. */
    protected Long official(String staffNumber) {
        return fixtures.official(staffNumber);
    }

    /** Runs the work as the demo administrator, then acts again as whoever was signed in. */
    protected <T> T asAdmin(Supplier<T> work) {
        return fixtures.asAdmin(work);
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
