package org.xuefa.staffing.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.staffing.StaffingExport;

/** Downloads of the staffing-gap report; the service checks role and scope. */
@RestController
class StaffingExportController {
    private final StaffingExport export;
    private final UserPreferences preferences;

    StaffingExportController(StaffingExport export, UserPreferences preferences) {
        this.export = export;
        this.preferences = preferences;
    }

    @GetMapping("/export/staffing-gaps.csv")
    ResponseEntity<byte[]> csv(HttpServletRequest request) {
        return Downloads.attachment(export.csv(Downloads.locale(request, preferences)), "staffing-gaps.csv",
                Downloads.CSV);
    }

    @GetMapping("/export/staffing-gaps.xlsx")
    ResponseEntity<byte[]> xlsx(HttpServletRequest request) {
        return Downloads.attachment(export.xlsx(Downloads.locale(request, preferences)), "staffing-gaps.xlsx",
                Downloads.XLSX);
    }
}
