package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.security.Role;

/** HR of 石角 reaches no credential of Tangpeng, neither by official nor through entitlement look-ups. */
class CredentialScopeTest extends ServiceTestBase {
    @Autowired
    Credentials credentials;

    @Test
    void hr_of_shijiao_cannot_read_or_change_credentials_of_tangpeng() {
        Long tangpeng = official("TP-021");
        Long shijiao = official("SJ-021");
        LocalDate today = LocalDate.now(clock);
        loginAs("hr");
        CredentialRecord theirs = credentials.holder(tangpeng).credentials().stream()
                .map(CredentialDetail::credential).filter(c -> c.typeCode().equals("ENFORCEMENT")).findFirst()
                .orElseThrow();

        loginAs(fixtures.newAccount(Role.HR, unit("shijiao"), null));
        assertThatThrownBy(() -> credentials.holder(tangpeng)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credentials.revoke(theirs.id(), "越权", theirs.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credentials.recordRegistration(theirs.id(), today.getYear(), false, "越权",
                theirs.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(credentials.entitledHolders("ENFORCEMENT", List.of(tangpeng, shijiao), today))
                .doesNotContain(tangpeng);
        assertThat(credentials.holder(shijiao).credentials()).isNotEmpty();

        loginAs("admin");
        assertThat(credentials.entitledHolders("ENFORCEMENT", List.of(tangpeng, shijiao), today))
                .as("the administrator sees both towns").isNotEmpty();
    }
}
