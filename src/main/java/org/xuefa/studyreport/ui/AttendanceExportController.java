package org.xuefa.studyreport.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.StreamedDownloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.studyreport.AttendanceExports;
import org.xuefa.studyreport.AttendanceFilter;
import org.xuefa.studyreport.AttendanceReport;

/**
 * Downloads of the attendance reports: {@code /export/attendance/{sessions|people|units}.{csv|xlsx}?from=&to=&unit=}
 * in the reader's language, streamed while the database reads the rows. The service checks role and scope before
 * the first byte (a cadre gets 403); the file name carries the scope's unit codes and the period.
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
    ResponseEntity<Void> csv(@PathVariable String report,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unit, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return export(report, new AttendanceFilter(from, to, unit), request, response, true);
    }

    @GetMapping("/export/attendance/{report}.xlsx")
    ResponseEntity<Void> xlsx(@PathVariable String report,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unit, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return export(report, new AttendanceFilter(from, to, unit), request, response, false);
    }

    private ResponseEntity<Void> export(String name, AttendanceFilter f, HttpServletRequest request,
            HttpServletResponse response, boolean csv) throws IOException {
        AttendanceReport which = Arrays.stream(AttendanceReport.values()).filter(r -> r.fileName().equals(name))
                .findFirst().orElse(null);
        if (which == null) {
            return ResponseEntity.notFound().build();
        }
        var locale = Downloads.locale(request, preferences);
        String file = exports.fileName(which, f) + (csv ? ".csv" : ".xlsx");
        StreamedDownloads.attachment(response, file, csv ? Downloads.CSV : Downloads.XLSX, out -> {
            if (csv) {
                exports.csv(which, f, locale, out);
            } else {
                exports.xlsx(which, f, locale, out);
            }
        });
        return null;
    }
}
