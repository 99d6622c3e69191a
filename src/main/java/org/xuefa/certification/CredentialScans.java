package org.xuefa.certification;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.base.FileStore;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;

/**
 * The optional scanned copy of a credential (PDF, JPEG or PNG, at most 5 MB, known by its content rather than its
 * name). HR attaches, replaces and removes copies within scope; HR, leaders and administrators in scope and the
 * holder may read one. The file on disk follows the transaction: a replaced or removed copy is deleted only after
 * the commit, and a new one is deleted again when the transaction rolls back.
 */
@Service
@Transactional
public class CredentialScans {
    public static final int MAX_MEGABYTES = 5;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    private static final Logger log = LoggerFactory.getLogger(CredentialScans.class);
    private static final String ENTITY = "credential";

    /** The accepted kinds, told apart by their first bytes. */
    enum Kind {
        PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        final String contentType;
        final String extension;
        private final byte[] magic;

        Kind(String contentType, String extension, byte[] magic) {
            this.contentType = contentType;
            this.extension = extension;
            this.magic = magic;
        }

        static Optional<Kind> of(byte[] content) {
            return Arrays.stream(values()).filter(k -> content.length >= k.magic.length
                    && Arrays.equals(content, 0, k.magic.length, k.magic, 0, k.magic.length)).findFirst();
        }

        static Kind ofContentType(String contentType) {
            return Arrays.stream(values()).filter(k -> k.contentType.equals(contentType)).findFirst().orElse(PDF);
        }
    }

    private final CredentialRepository credentials;
    private final FileStore store;
    private final CredentialAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CredentialScans(CredentialRepository credentials, FileStore store, CredentialAccess access, CurrentUser currentUser,
            AuditLog audit, Clock clock) {
        this.credentials = credentials;
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores {@code content} as the credential's scanned copy, replacing any earlier one; {@code version} is the
     * credential's version the user saw.
     */
    @Allowed.Hr
    public CredentialScanInfo attach(Long credentialId, byte[] content, long version) {
        Credential c = editable(credentialId, version);
        if (content == null || content.length == 0) {
            throw new BusinessException("credentialScan.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("credentialScan.error.too-large", MAX_MEGABYTES);
        }
        Kind kind = Kind.of(content).orElseThrow(() -> new BusinessException("credentialScan.error.type"));
        String path = store.write("credentials/" + credentialId, content, kind.extension);
        String old;
        try {
            store.replaceOnCompletion(path, null); // from here on, a rollback takes the new file away again
            old = c.attachScan(path, kind.contentType, content.length, clock.instant());
            store.replaceOnCompletion(null, old);
        } catch (RuntimeException e) {
            store.delete(path);
            throw e;
        }
        credentials.saveAndFlush(c);
        audit.record("ATTACH", ENTITY, credentialId, c.typeCode() + " " + c.number(),
                "scan: " + kind.contentType + ", " + content.length + " bytes" + (old == null ? "" : ", replaced"));
        return c.scanInfo();
    }

    /** Removes the credential's scanned copy; the file goes once the change is committed. */
    @Allowed.Hr
    public CredentialScanInfo remove(Long credentialId, long version) {
        Credential c = editable(credentialId, version);
        String old = c.removeScan();
        if (old == null) {
            return c.scanInfo();
        }
        store.replaceOnCompletion(null, old);
        credentials.saveAndFlush(c);
        audit.record("DETACH", ENTITY, credentialId, c.typeCode() + " " + c.number(), "scan removed");
        return c.scanInfo();
    }

    /** Whether the credential has a scanned copy; for those who may read it. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public CredentialScanInfo info(Long credentialId) {
        return readable(credentialId).scanInfo();
    }

    /** Of the signed-in official's own credentials, those with a scanned copy. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Set<Long> mineWithScans() {
        Long me = currentUser.require().officialId();
        if (me == null) {
            return Set.of();
        }
        return credentials.findByHolderIdOrderByIssuedOnDesc(me).stream().filter(c -> c.scanPath() != null)
                .map(Credential::getId).collect(Collectors.toSet());
    }

    /**
     * The scanned copy to download, empty when there is none (or its file is gone). Throws
     * {@link AccessDeniedException} when the caller may not see the credential.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Optional<ScanFile> download(Long credentialId) {
        Credential c = readable(credentialId);
        if (c.scanPath() == null) {
            return Optional.empty();
        }
        CredentialScanInfo info = c.scanInfo();
        try {
            String name = (c.typeCode() + "-" + c.number()).replaceAll("[^A-Za-z0-9_-]", "_") + "."
                    + Kind.ofContentType(info.contentType()).extension;
            return Optional.of(new ScanFile(store.read(c.scanPath()), info.contentType(), name));
        } catch (IOException e) {
            log.warn("The scanned copy of credential {} is missing on disk: {}", credentialId, e.toString());
            return Optional.empty();
        }
    }

    private Credential editable(Long id, long version) {
        Credential c = credentials.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        access.requireEditable(c);
        c.checkVersion(version);
        return c;
    }

    private Credential readable(Long id) {
        Credential c = credentials.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        access.readable(c.holderId());
        return c;
    }
}
