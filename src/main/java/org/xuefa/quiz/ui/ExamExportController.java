package org.xuefa.quiz.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.quiz.ExamResults;

/** Downloads of an exam's results; the service checks role and scope. */
@RestController
class ExamExportController {
    private final ExamResults results;
    private final UserPreferences preferences;

    ExamExportController(ExamResults results, UserPreferences preferences) {
        this.results = results;
        this.preferences = preferences;
    }

    @GetMapping("/export/exams/{examId}/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable Long examId, HttpServletRequest request) {
        return Downloads.attachment(results.csv(examId, Downloads.locale(request, preferences)),
                "exam-" + examId + "-results.csv", Downloads.CSV);
    }

    @GetMapping("/export/exams/{examId}/results.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable Long examId, HttpServletRequest request) {
        return Downloads.attachment(results.xlsx(examId, Downloads.locale(request, preferences)),
                "exam-" + examId + "-results.xlsx", Downloads.XLSX);
    }
}
