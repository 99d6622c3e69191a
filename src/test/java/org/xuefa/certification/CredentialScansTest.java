package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.ServiceTestBase;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.base.FileStore;
import org.xuefa.base.i18n.Messages;

/** Scanned copies: stored under the test's temporary files directory, and committed, so the files can be seen. */
class CredentialScansTest extends ServiceTestBase {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    CredentialRegister register;
    @Autowired
    CredentialScans scans;
    @Autowired
    Credentials credentials;
    @Autowired
    CredentialRepository repository;
    @Autowired
    AuditLog audit;
    @Autowired
    Messages messages;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FileStore store;
    private Path filesDir;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void findTheFilesDirectory() {
        // the test profile names a random directory, resolved once by the store
        filesDir = store.root();
        assertThat(filesDir.toString()).contains("xuefa-test-files");
    }

    /** A new credential of 谢婷 (TP-033, in the hr account's town). */
    private CredentialRecord credential() {
        loginAs("hr");
        return credentials.add(new NewCredential(official("TP-033"), "ENFORCEMENT", "S" + suffix, "城市管理",
                LocalDate.of(2025, 3, 1), null, ""));
    }

    private List<Path> filesOf(Long credentialId) throws IOException {
        Path dir = filesDir.resolve("credentials").resolve(String.valueOf(credentialId));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void hr_stores_a_scan_and_replacing_it_deletes_the_old_file_after_the_commit() throws IOException {
        CredentialRecord c = credential();
        CredentialScanInfo first = scans.attach(c.id(), PDF, c.version());
        assertThat(first.present()).isTrue();
        assertThat(first.contentType()).isEqualTo("application/pdf");
        assertThat(first.size()).isEqualTo(PDF.length);
        String firstPath = repository.findById(c.id()).orElseThrow().scanPath();
        assertThat(firstPath).matches("credentials/" + c.id() + "/[0-9a-f]{32}\\.pdf");
        assertThat(filesOf(c.id())).hasSize(1);
        assertThat(Files.readAllBytes(filesDir.resolve(firstPath))).isEqualTo(PDF);
        long audited = auditEntries();

        CredentialScanInfo second = scans.attach(c.id(), PNG, first.credentialVersion());
        assertThat(second.contentType()).isEqualTo("image/png");
        String secondPath = repository.findById(c.id()).orElseThrow().scanPath();
        assertThat(filesOf(c.id())).containsExactly(filesDir.resolve(secondPath));
        assertThat(auditEntries()).isEqualTo(audited + 1);

        assertThatThrownBy(() -> scans.attach(c.id(), JPEG, first.credentialVersion()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.conflict");
        assertThat(filesOf(c.id())).as("the refused upload leaves no file").hasSize(1);

        CredentialScanInfo removed = scans.remove(c.id(), second.credentialVersion());
        assertThat(removed.present()).isFalse();
        assertThat(filesOf(c.id())).isEmpty();
    }

    @Test
    void files_are_judged_by_their_content_and_size_with_a_translated_message() throws IOException {
        CredentialRecord c = credential();
        for (byte[] refused : new byte[][] {GIF, "<html>%PDF-".getBytes(StandardCharsets.US_ASCII), new byte[0]}) {
            assertThatThrownBy(() -> scans.attach(c.id(), refused, c.version())).isInstanceOfSatisfying(
                    BusinessException.class, e -> {
                        assertThat(e.messageKey()).startsWith("credentialScan.error.");
                        assertThat(messages.getTranslation(e.messageKey(), Messages.CHINESE, e.args()))
                                .doesNotStartWith("!");
                    });
        }
        byte[] big = Arrays.copyOf(PDF, (int) CredentialScans.MAX_BYTES + 1);
        assertThatThrownBy(() -> scans.attach(c.id(), big, c.version())).isInstanceOfSatisfying(
                BusinessException.class, e -> assertThat(messages.getTranslation(e.messageKey(), Messages.ENGLISH,
                        e.args())).isEqualTo("The file is larger than 5 MB."));
        assertThat(scans.attach(c.id(), Arrays.copyOf(PDF, (int) CredentialScans.MAX_BYTES), c.version()).present())
                .as("exactly 5 MB is accepted").isTrue();
        assertThat(filesOf(c.id())).hasSize(1);
    }

    @Test
    void a_rolled_back_upload_leaves_no_file_behind() throws IOException {
        CredentialRecord c = credential();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            scans.attach(c.id(), JPEG, c.version());
            status.setRollbackOnly();
        });
        assertThat(repository.findById(c.id()).orElseThrow().scanPath()).isNull();
        assertThat(filesOf(c.id())).isEmpty();
    }

    @Test
    void scope_decides_who_attaches_and_who_reads() {
        CredentialRecord c = credential();
        CredentialScanInfo info = scans.attach(c.id(), PDF, c.version());

        loginAs("leader");
        assertThat(scans.info(c.id()).present()).isTrue();
        assertThatThrownBy(() -> scans.attach(c.id(), PDF, info.credentialVersion()))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("cadre"); // 罗文杰, not the holder
        assertThatThrownBy(() -> scans.download(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scans.info(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(scans.mineWithScans()).doesNotContain(c.id());
        loginAs("organizer");
        assertThatThrownBy(() -> scans.download(c.id())).isInstanceOf(AccessDeniedException.class);

        loginAs("hr");
        Long holder = official("TP-033");
        loginAsOfficial(holder);
        assertThat(scans.download(c.id())).hasValueSatisfying(f -> {
            assertThat(f.content()).isEqualTo(PDF);
            assertThat(f.contentType()).isEqualTo("application/pdf");
            assertThat(f.fileName()).isEqualTo("ENFORCEMENT-S" + suffix + ".pdf");
        });
        assertThat(scans.mineWithScans()).contains(c.id());

        loginAs("admin");
        CredentialRecord other = register.page(new CredentialFilter("ENFORCEMENT", null, null, null, "44080031000456"),
                null, 0, 10).stream().map(RegisterEntry::credential)
                .filter(r -> r.number().equals("44080031000456")).findFirst().orElseThrow(); // 孙立, 石角镇
        loginAs("hr");
        assertThatThrownBy(() -> scans.attach(other.id(), PDF, other.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scans.download(other.id())).isInstanceOf(AccessDeniedException.class);
    }

    private long auditEntries() {
        loginAs("admin");
        long n = audit.count(new AuditFilter(null, "credential", null, null, null));
        loginAs("hr");
        return n;
    }
}
