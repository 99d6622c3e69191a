package org.xuefa.studycalendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.Allowed;
import org.xuefa.base.BusinessException;
import org.xuefa.base.PublicUrl;
import org.xuefa.base.i18n.Messages;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.XuefaUser;
import org.xuefa.study.SessionAccess;
import org.xuefa.study.SessionRecord;

/**
 * Personal iCalendar feeds: each account may hold one secret link ({@code /calendar/<token>.ics}) that calendar
 * apps poll without signing in, so the token is the credential. It carries 256 random bits, only its SHA-256 is
 * stored, a new one replaces the old and revoking it makes the link answer "not found". The feed holds the
 * sessions that invite the account's official, from a month back to a year ahead, cancelled ones as cancelled.
 */
@Service
@Transactional
public class CalendarFeeds {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String ENTITY = "calendar_feed";

    private final CalendarFeedRepository feeds;
    private final SessionAccess access;
    private final IcsCalendar ics;
    private final UserDetailsService users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;
    private final Duration back;
    private final Duration ahead;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(CalendarFeedRepository feeds, SessionAccess access, IcsCalendar ics, UserDetailsService users,
            CurrentUser currentUser, AuditLog audit, Clock clock, @Value("${xuefa.public-url:http://localhost:8080}") String publicUrl,
            @Value("${xuefa.calendar.days-back:30}") int daysBack,
            @Value("${xuefa.calendar.days-ahead:365}") int daysAhead) {
        this.feeds = feeds;
        this.access = access;
        this.ics = ics;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = PublicUrl.base(publicUrl);
        this.back = Duration.ofDays(daysBack);
        this.ahead = Duration.ofDays(daysAhead);
    }

    /** When the signed-in account's current link was made; empty when it has none. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Optional<Instant> activeSince() {
        Long account = currentUser.require().accountId();
        return account == null ? Optional.empty() : feeds.findByAccountId(account).map(CalendarFeed::createdAt);
    }

    /**
     * Makes a new secret link for the signed-in account and returns it; an earlier link stops working. The link
     * is shown only now: it is not stored, only its hash.
     */
    @Allowed.SignedIn
    public String regenerate() {
        XuefaUser user = currentUser.require();
        if (user.accountId() == null) {
            throw new BusinessException("calendarFeed.error.no-account");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        CalendarFeed old = feeds.findByAccountId(user.accountId()).orElse(null);
        if (old != null) {
            feeds.delete(old);
            feeds.flush();
        }
        CalendarFeed feed = feeds.saveAndFlush(new CalendarFeed(user.accountId(), user.getUsername(), hash(token), now));
        audit.record(old == null ? "CREATE" : "REGENERATE", ENTITY, feed.getId(), "calendar feed of "
                + user.getUsername(), null);
        return publicUrl + "/calendar/" + token + ".ics";
    }

    /** Revokes the signed-in account's link: it answers "not found" from now on. */
    @Allowed.SignedIn
    public void revoke() {
        Long account = currentUser.require().accountId();
        if (account == null) {
            return;
        }
        feeds.findByAccountId(account).ifPresent(feed -> {
            feeds.delete(feed);
            audit.record("DISABLE", ENTITY, feed.getId(), "calendar feed of " + feed.username(), null);
        });
    }

    /**
     * The feed behind a token as iCalendar text, read with the rights of the token's account; empty when the
     * token is unknown or revoked or the account is disabled. Open to anyone: the token is the credential.
     */
    @Allowed.Anyone
    @Transactional(readOnly = true)
    public Optional<String> ics(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<CalendarFeed> feed = feeds.findByTokenHash(hash(token));
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        XuefaUser owner;
        try {
            UserDetails details = users.loadUserByUsername(feed.get().username());
            if (!(details instanceof XuefaUser u) || !feed.get().accountId().equals(u.accountId()) || !u.isEnabled()) {
                return Optional.empty();
            }
            owner = u;
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
        return Optional.of(runAs(owner, () -> render(owner)));
    }

    private String render(XuefaUser owner) {
        Locale locale = Messages.supported(owner.locale() == null ? Messages.CHINESE
                : Locale.forLanguageTag(owner.locale()));
        Instant now = clock.instant();
        List<SessionRecord> mine = access.invitingMe(now.minus(back), now.plus(ahead), null);
        return ics.write(owner.displayName(), mine, now, locale);
    }

    /** Acts as the token's owner while reading, so the feed shows exactly what they would see signed in. */
    private static <T> T runAs(XuefaUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
