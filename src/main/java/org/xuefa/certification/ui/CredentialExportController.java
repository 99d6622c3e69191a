package org.xuefa.certification.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.certification.Credentials;

/** Downloads of the credential register; the service checks role and scope. */
@RestController
class CredentialExportController {
    private final Credentials credentials;
    private final UserPreferences preferences;

    CredentialExportController(Credentials credentials, UserPreferences preferences) {
        this.credentials = credentials;
        this.preferences = preferences;
    }

    @GetMapping("/export/credentials.csv")
    ResponseEntity<byte[]> csv(HttpServletRequest request) {
        return Downloads.attachment(credentials.export(false, Downloads.locale(request, preferences)),
                "credentials.csv", Downloads.CSV);
    }

    @GetMapping("/export/credentials.xlsx")
    ResponseEntity<byte[]> xlsx(HttpServletRequest request) {
        return Downloads.attachment(credentials.export(true, Downloads.locale(request, preferences)),
                "credentials.xlsx", Downloads.XLSX);
    }
}
