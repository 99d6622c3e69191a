package org.xuefa.certification;

import java.time.Instant;

/**
 * Whether a credential has a scanned copy, and which: its checked content type, size and upload time.
 * {@code credentialVersion} is the credential's version after the last change, for the next edit.
 */
public record CredentialScanInfo(Long credentialId, boolean present, String contentType, long size,
        Instant uploadedAt, long credentialVersion) {
}
