package org.xuefa.quiz.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.StreamedDownloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.quiz.ExamResults;

/**
 * Downloads of an exam's results, streamed; the service checks role and scope before the first byte. The file
 * name carries the exam, the reader's scope and the day.
 */
@RestController
class ExamExportController {
    private final ExamResults results;
    private final UserPreferences preferences;

    ExamExportController(ExamResults results, UserPreferences preferences) {
        this.results = results;
        this.preferences = preferences;
    }

    @GetMapping("/export/exams/{examId}/results.csv")
    void csv(@PathVariable Long examId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var locale = Downloads.locale(request, preferences);
        StreamedDownloads.attachment(response, results.fileName(examId) + ".csv", Downloads.CSV,
                out -> results.csv(examId, locale, out));
    }

    @GetMapping("/export/exams/{examId}/results.xlsx")
    void xlsx(@PathVariable Long examId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var locale = Downloads.locale(request, preferences);
        StreamedDownloads.attachment(response, results.fileName(examId) + ".xlsx", Downloads.XLSX,
                out -> results.xlsx(examId, locale, out));
    }
}
