package org.xuefa.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xuefa.people.AssignmentType;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.Establishment;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialData;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.PostKind;
import org.xuefa.people.UnitKind;
import org.xuefa.security.AccountService;
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;
import org.xuefa.security.XuefaUser;

/**
 * The one place tests get their data and identities from (a bean of the shared test context, see
 * {@code ServiceTestBase}).
 * <ul>
 * <li>The demo town is read-only for tests: {@link #unit(String)} and {@link #official(String)} look its records up.
 * <li>A test that changes data makes its own: {@link #newTown()}, {@link #newUnit}, {@link #newOfficial},
 * {@link #newPost}, {@link #assign} and {@link #newAccount} create records with unique codes, so no test sees
 * another's and none depends on another having run first.
 * <li>{@link #asAdmin(Supplier)}, {@link #as(String, Supplier)} and {@link #asOfficial(Long, Supplier)} run code as a
 * given user and then act again as whoever was signed in; {@link #signIn(String)} signs in for good (until the
 * test's logout).
 * </ul>
 */
public class Fixtures {
    /** The password of every account made by {@link #newAccount}. */
    public static final String PASSWORD = "fixture-pass-123";

    private final OrgUnits orgUnits;
    private final Officials officials;
    private final Establishment establishment;
    private final AccountService accounts;
    private final UserDetailsService userDetailsService;

    Fixtures(OrgUnits orgUnits, Officials officials, Establishment establishment, AccountService accounts,
            UserDetailsService userDetailsService) {
        this.orgUnits = orgUnits;
        this.officials = officials;
        this.establishment = establishment;
        this.accounts = accounts;
        this.userDetailsService = userDetailsService;
    }

    /** A short random tag for codes, staff numbers and titles that must not clash with another test's. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    // --- acting as someone ---

    /** Signs the stored account in on this thread (services only; Karibu tests use their base's loginAs). */
    public UserDetails signIn(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        install(user);
        return user;
    }

    /** Runs the work as the stored account, then acts again as whoever was signed in. */
    public <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn(username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work as the demo administrator, then acts again as whoever was signed in. */
    public <T> T asAdmin(Supplier<T> work) {
        return as("admin", work);
    }

    public void asAdmin(Runnable work) {
        as("admin", work);
    }

    /** Runs the work as a cadre linked to the official, without an account. */
    public <T> T asOfficial(Long officialId, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        install(cadre(officialId));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void asOfficial(Long officialId, Runnable work) {
        asOfficial(officialId, () -> {
            work.run();
            return null;
        });
    }

    /** The principal of a cadre linked to the official, without a stored account. */
    public static XuefaUser cadre(Long officialId) {
        return new XuefaUser(null, "official-" + officialId, "", "official", true, officialId, null,
                Set.of(new RoleGrant(Role.CADRE, 0L)));
    }

    private static void install(UserDetails user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    // --- the demo town, read-only ---

    /** The id of a demo org unit by its code ("tangpeng", "brigade", "office", ...). */
    public Long unit(String code) {
        return asAdmin(() -> orgUnits.visibleTree().stream().filter(u -> code.equals(u.code()))
                .map(OrgUnitRecord::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit " + code)));
    }

    /** The id of a demo official by staff number ("TP-022" is the demo cadre 罗文杰). */
    public Long official(String staffNumber) {
        return asAdmin(() -> officials.search(new OfficialFilter(staffNumber, null, null, null), 0, 1).stream()
                .filter(o -> staffNumber.equals(o.staffNumber())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no official " + staffNumber)).id());
    }

    // --- data of a test's own ---

    /** A new town (a root unit) with a unique code, outside every demo account's scope. */
    public OrgUnitRecord newTown() {
        String tag = unique();
        return asAdmin(() -> orgUnits.create("t-" + tag, "测试镇" + tag, "Test town " + tag, UnitKind.TOWN, null, 90));
    }

    /** A new unit under the parent with a unique code. */
    public OrgUnitRecord newUnit(Long parentId, UnitKind kind) {
        String tag = unique();
        return asAdmin(() -> orgUnits.create("u-" + tag, "测试单位" + tag, "Test unit " + tag, kind, parentId, 90));
    }

    /** A new established staff member of the unit, joined in 2020, with a unique staff number. */
    public OfficialRecord newOfficial(Long unitId) {
        return newOfficial(unitId, OfficialCategory.STAFF, EmploymentType.ESTABLISHED);
    }

    public OfficialRecord newOfficial(Long unitId, OfficialCategory category, EmploymentType employment) {
        String tag = unique();
        return asAdmin(() -> officials.create("FX-" + tag, new OfficialData("测试" + tag, unitId, "科员", category,
                employment, LocalDate.of(2020, 1, 1), null)));
    }

    /** A new post of the unit. */
    public Long newPost(Long unitId, PostKind kind, int establishmentSize, String requiredCredentialType) {
        return asAdmin(() -> establishment.createPost(unitId, kind, "测试岗位" + unique(), establishmentSize,
                requiredCredentialType));
    }

    /** Puts the official in the post from the first of the year 2025. */
    public Long assign(Long postId, Long officialId, AssignmentType type) {
        return asAdmin(() -> establishment.assign(postId, officialId, type, LocalDate.of(2025, 1, 1)));
    }

    /**
     * A new account (password {@link #PASSWORD}) holding the role within the unit's subtree (ADMIN holds no unit),
     * linked to the official if one is given; returns the username for {@code loginAs}.
     */
    public String newAccount(Role role, Long unitId, Long officialId) {
        return newAccount(officialId, Set.of(new RoleGrant(role, unitId)));
    }

    /** An official of the unit with an account holding the role within the unit, e.g. a cadre who signs in. */
    public Person newPerson(Long unitId, Role role) {
        OfficialRecord official = newOfficial(unitId);
        return new Person(official.id(), official.staffNumber(), newAccount(role, unitId, official.id()));
    }

    /** An official, their staff number and the username of their account. */
    public record Person(Long officialId, String staffNumber, String username) {
    }

    /**
     * An account that signs in straight away: made like the demo accounts (the tests run with the demo profile), so
     * it is not sent to change its password first, as an account made by an administrator would be.
     */
    public String newAccount(Long officialId, Set<RoleGrant> grants) {
        String username = "fx-" + unique();
        asAdmin(() -> accounts.createDemoAccount(new AccountService.NewAccount(username, username, PASSWORD, officialId,
                grants)));
        return username;
    }
}
