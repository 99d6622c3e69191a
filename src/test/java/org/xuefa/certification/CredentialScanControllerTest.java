package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.xuefa.ServiceTestBase;
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;
import org.xuefa.security.XuefaUser;

/** {@code /files/credentials/{id}} through the security filter chain. */
class CredentialScanControllerTest extends ServiceTestBase {
    @Autowired
    WebApplicationContext context;
    @Autowired
    Credentials credentials;
    @Autowired
    CredentialScans scans;

    private MockMvc mvc;
    private Long holderId;
    private CredentialRecord scanned;
    private CredentialRecord plain;

    @BeforeEach
    void credentialsWithAndWithoutAScan() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        loginAs("hr");
        holderId = official("TP-033");
        scanned = credentials.add(new NewCredential(holderId, "ENFORCEMENT", "M" + suffix, "", LocalDate.of(2025, 1, 2),
                null, ""));
        scans.attach(scanned.id(), CredentialScansTest.PDF, scanned.version());
        plain = credentials.add(new NewCredential(holderId, "ENFORCEMENT", "P" + suffix, "", LocalDate.of(2025, 1, 2),
                null, ""));
        logout();
    }

    private String url(CredentialRecord c) {
        return "/files/credentials/" + c.id();
    }

    @Test
    void hr_downloads_the_scan_as_an_attachment_of_its_checked_type() throws Exception {
        mvc.perform(get(url(scanned)).with(user(userDetailsService.loadUserByUsername("hr"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(CredentialScansTest.PDF));
        mvc.perform(get(url(plain)).with(user(userDetailsService.loadUserByUsername("hr"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/files/credentials/987654321").with(user(userDetailsService.loadUserByUsername("hr"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void another_cadre_gets_403_and_the_holder_gets_the_file() throws Exception {
        mvc.perform(get(url(scanned)).with(user(userDetailsService.loadUserByUsername("cadre"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(url(scanned)).with(user(userDetailsService.loadUserByUsername("organizer"))))
                .andExpect(status().isForbidden());
        XuefaUser holder = new XuefaUser(null, "holder", "", "谢婷", true, holderId, null,
                Set.of(new RoleGrant(Role.CADRE, 0L)));
        byte[] body = mvc.perform(get(url(scanned)).with(user(holder))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(CredentialScansTest.PDF);
    }

    @Test
    void nobody_signed_in_gets_nothing() throws Exception {
        int status = mvc.perform(get(url(scanned))).andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401, 403);
    }
}
