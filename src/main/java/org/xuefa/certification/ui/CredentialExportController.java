package org.xuefa.certification.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.certification.CredentialFilter;
import org.xuefa.certification.CredentialRegister;
import org.xuefa.certification.CredentialStatus;

/**
 * Downloads of the credential register with the screen's filters (query parameters {@code type}, {@code status},
 * {@code expiring}, {@code unit}, {@code text}), written straight to the response as the database returns rows.
 * The service checks role and scope before the first byte; the file is named for the scope and the day.
 */
@RestController
class CredentialExportController {
    private final CredentialRegister register;
    private final UserPreferences preferences;

    CredentialExportController(CredentialRegister register, UserPreferences preferences) {
        this.register = register;
        this.preferences = preferences;
    }

    @GetMapping("/export/credentials.csv")
    void csv(@RequestParam(required = false) String type, @RequestParam(required = false) CredentialStatus status,
            @RequestParam(required = false) Integer expiring, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String text, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        CredentialFilter filter = new CredentialFilter(type, status, expiring, unit, text);
        Locale locale = Downloads.locale(request, preferences);
        start(response, register.fileName(filter, "csv"), Downloads.CSV);
        register.exportCsv(filter, locale, response.getOutputStream());
    }

    @GetMapping("/export/credentials.xlsx")
    void xlsx(@RequestParam(required = false) String type, @RequestParam(required = false) CredentialStatus status,
            @RequestParam(required = false) Integer expiring, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String text, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        CredentialFilter filter = new CredentialFilter(type, status, expiring, unit, text);
        Locale locale = Downloads.locale(request, preferences);
        start(response, register.fileName(filter, "xlsx"), Downloads.XLSX);
        register.exportXlsx(filter, locale, response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String fileName, MediaType type) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
