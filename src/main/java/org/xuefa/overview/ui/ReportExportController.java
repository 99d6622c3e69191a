package org.xuefa.overview.ui;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.overview.AnnualReports;

/** The year's paperwork as files; the services check role and scope (403 outside it), downloads are audited. */
@RestController
class ReportExportController {
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private final AnnualReports annual;

    ReportExportController(AnnualReports annual) {
        this.annual = annual;
    }

    @GetMapping("/export/annual-report.docx")
    ResponseEntity<byte[]> annual(@RequestParam("unit") String unit, @RequestParam("year") int year) {
        return Downloads.attachment(annual.docx(unit, year), "annual-report-" + unit + "-" + year + ".docx", DOCX);
    }
}
