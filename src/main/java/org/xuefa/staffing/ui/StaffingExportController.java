package org.xuefa.staffing.ui;

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
import org.xuefa.staffing.StaffingExport;

/**
 * Downloads of the staffing-gap report, of the caller's scope or of one unit's subtree ({@code ?unit=}), streamed
 * to the response; the service checks role and scope before anything is written.
 */
@RestController
class StaffingExportController {
    private final StaffingExport export;
    private final UserPreferences preferences;

    StaffingExportController(StaffingExport export, UserPreferences preferences) {
        this.export = export;
        this.preferences = preferences;
    }

    @GetMapping("/export/staffing-gaps.csv")
    void csv(@RequestParam(required = false) Long unit, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        start(response, export.fileName(unit, "csv"), Downloads.CSV.toString());
        export.csv(unit, Downloads.locale(request, preferences), response.getOutputStream());
    }

    @GetMapping("/export/staffing-gaps.xlsx")
    void xlsx(@RequestParam(required = false) Long unit, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        start(response, export.fileName(unit, "xlsx"), Downloads.XLSX.toString());
        export.xlsx(unit, Downloads.locale(request, preferences), response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String fileName, String contentType) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
