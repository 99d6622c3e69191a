package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class DownloadAccessTest {

    private static boolean mayDownload(Authentication auth) {
        return SecurityConfig.withOwnPassword().check(() -> auth, null).isGranted();
    }

    private static Authentication signedIn(boolean mustChange) {
        UserAccount account = new UserAccount("dl-user", "$2hash", "下载", Instant.EPOCH);
        account.replaceGrants(Set.of(new RoleGrant(Role.CADRE, 1L)));
        if (mustChange) {
            account.setPasswordForUser("$2hash");
        }
        XuefaUser user = new XuefaUser(account);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Test
    void downloads_need_a_signed_in_user_with_their_own_password() {
        assertThat(mayDownload(signedIn(false))).isTrue();
        assertThat(mayDownload(signedIn(true))).isFalse();
        assertThat(mayDownload(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))))).isFalse();
        assertThat(mayDownload(null)).isFalse();
    }
}
