package org.xuefa.hours.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.hours.ComplianceExport;

/** Hours compliance streamed as CSV or XLSX; the service checks role and scope. */
@RestController
class ComplianceExportController {
    private final ComplianceExport export;
    private final UserPreferences preferences;

    ComplianceExportController(ComplianceExport export, UserPreferences preferences) {
        this.export = export;
        this.preferences = preferences;
    }

    @GetMapping("/export/hours-compliance.csv")
    void csv(@RequestParam(value = "unit", required = false) Long unit, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        start(response, Downloads.CSV.toString(), "hours-compliance.csv");
        export.csv(unit, Downloads.locale(request, preferences), response.getOutputStream());
    }

    @GetMapping("/export/hours-compliance.xlsx")
    void xlsx(@RequestParam(value = "unit", required = false) Long unit, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        start(response, Downloads.XLSX.toString(), "hours-compliance.xlsx");
        export.xlsx(unit, Downloads.locale(request, preferences), response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
    }
}
