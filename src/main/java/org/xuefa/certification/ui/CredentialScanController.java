package org.xuefa.certification.ui;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.BusinessException;
import org.xuefa.certification.CredentialScans;

/**
 * Downloads of a credential's scanned copy: 403 unless the caller may see the credential (the service decides),
 * 404 when it has none. Always an attachment with the content type checked at upload, never rendered inline.
 */
@RestController
class CredentialScanController {
    private final CredentialScans scans;

    CredentialScanController(CredentialScans scans) {
        this.scans = scans;
    }

    @GetMapping("/files/credentials/{id}")
    ResponseEntity<byte[]> download(@PathVariable("id") Long id) {
        try {
            return scans.download(id).map(file -> ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.contentType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .cacheControl(CacheControl.noStore().cachePrivate())
                    .body(file.content()))
                    .orElseGet(() -> ResponseEntity.notFound().build());
        } catch (AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        } catch (BusinessException e) {
            return ResponseEntity.notFound().build();
        }
    }
}
