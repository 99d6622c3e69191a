package org.xuefa.overview.ui;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.overview.AnnualReports;
import org.xuefa.overview.ShufaMaterial;
import org.xuefa.overview.StudyLedger;

/** The year's paperwork as files; the services check role and scope (403 outside it), downloads are audited. */
@RestController
class ReportExportController {
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private final AnnualReports annual;
    private final ShufaMaterial shufa;
    private final StudyLedger ledger;

    ReportExportController(AnnualReports annual, ShufaMaterial shufa, StudyLedger ledger) {
        this.annual = annual;
        this.shufa = shufa;
        this.ledger = ledger;
    }

    @GetMapping("/export/shufa.docx")
    ResponseEntity<byte[]> shufa(@RequestParam("official") Long official, @RequestParam("year") int year) {
        return Downloads.attachment(shufa.docx(official, year), "shufa-" + official + "-" + year + ".docx", DOCX);
    }

    @GetMapping("/export/study-ledger.xlsx")
    ResponseEntity<byte[]> ledger(@RequestParam("unit") String unit, @RequestParam("year") int year) {
        return Downloads.attachment(ledger.xlsx(unit, year), "study-ledger-" + unit + "-" + year + ".xlsx",
                Downloads.XLSX);
    }

    @GetMapping("/export/study-ledger.pdf")
    ResponseEntity<byte[]> ledgerPdf(@RequestParam("unit") String unit, @RequestParam("year") int year) {
        return Downloads.attachment(ledger.pdf(unit, year), "study-ledger-" + unit + "-" + year + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    @GetMapping("/export/annual-report.pdf")
    ResponseEntity<byte[]> annualPdf(@RequestParam("unit") String unit, @RequestParam("year") int year) {
        return Downloads.attachment(annual.pdf(unit, year), "annual-report-" + unit + "-" + year + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    @GetMapping("/export/annual-report.docx")
    ResponseEntity<byte[]> annual(@RequestParam("unit") String unit, @RequestParam("year") int year) {
        return Downloads.attachment(annual.docx(unit, year), "annual-report-" + unit + "-" + year + ".docx", DOCX);
    }
}
