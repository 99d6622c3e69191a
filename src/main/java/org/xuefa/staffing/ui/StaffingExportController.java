package org.xuefa.staffing.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.staffing.StaffingExport;

/** Downloads of the staffing-gap report; the service checks role and scope. */
@RestController
class StaffingExportController {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StaffingExport export;
    private final UserPreferences preferences;

    StaffingExportController(StaffingExport export, UserPreferences preferences) {
        this.export = export;
        this.preferences = preferences;
    }

    @GetMapping("/export/staffing-gaps.csv")
    ResponseEntity<byte[]> csv(HttpServletRequest request) {
        return file(export.csv(locale(request)), "staffing-gaps.csv", new MediaType("text", "csv",
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/export/staffing-gaps.xlsx")
    ResponseEntity<byte[]> xlsx(HttpServletRequest request) {
        return file(export.xlsx(locale(request)), "staffing-gaps.xlsx", XLSX);
    }

    private Locale locale(HttpServletRequest request) {
        // without an Accept-Language header the servlet reports the server's locale; Chinese is our default
        Locale asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Messages.CHINESE : request.getLocale();
        return Messages.supported(preferences.storedLocale().orElse(asked));
    }

    static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
