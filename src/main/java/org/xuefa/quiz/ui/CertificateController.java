package org.xuefa.quiz.ui;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.BusinessException;
import org.xuefa.quiz.Certificates;

/** Downloads of a certificate of passing as PDF; the service checks who may have it. */
@RestController
class CertificateController {
    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates/{code}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        byte[] body = certificates.pdf(code);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("certificate-" + code + ".pdf").build().toString())
                .body(body);
    }

    /** An unknown code is not found, not a server error (a refused caller gets 403 from Spring Security). */
    @ExceptionHandler(BusinessException.class)
    ResponseEntity<Void> unknown(BusinessException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
