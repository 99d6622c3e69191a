package org.xuefa.studyreport.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.studyreport.AttendanceExports;
import org.xuefa.studyreport.AttendanceFilter;
import org.xuefa.studyreport.AttendanceReport;

/**
 * Downloads of the attendance reports: {@code /export/attendance/{sessions|people|units}.{csv|xlsx}?from=&to=&unit=}
 * in the reader's language. The service checks role and scope (a cadre gets 403).
 */
@RestController
class AttendanceExportController {
    private final AttendanceExports exports;
    private final UserPreferences preferences;

    AttendanceExportController(AttendanceExports exports, UserPreferences preferences) {
        this.exports = exports;
        this.preferences = preferences;
    }

    @GetMapping("/export/attendance/{report}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String report,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unit, HttpServletRequest request) {
        return export(report, new AttendanceFilter(from, to, unit), request, true);
    }

    @GetMapping("/export/attendance/{report}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String report,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unit, HttpServletRequest request) {
        return export(report, new AttendanceFilter(from, to, unit), request, false);
    }

    private ResponseEntity<byte[]> export(String name, AttendanceFilter f, HttpServletRequest request, boolean csv) {
        AttendanceReport which = Arrays.stream(AttendanceReport.values()).filter(r -> r.fileName().equals(name))
                .findFirst().orElse(null);
        if (which == null) {
            return ResponseEntity.notFound().build();
        }
        var locale = Downloads.locale(request, preferences);
        String file = "attendance-" + which.fileName() + "-" + f.from() + "-" + f.to() + (csv ? ".csv" : ".xlsx");
        MediaType type = csv ? Downloads.CSV : Downloads.XLSX;
        return Downloads.attachment(csv ? exports.csv(which, f, locale) : exports.xlsx(which, f, locale), file, type);
    }
}
