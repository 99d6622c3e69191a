package org.xuefa.course.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.StreamedDownloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.course.CourseCompletions;

/**
 * Downloads of the course-completion report, streamed; the service checks role and scope before the first byte.
 * The file name carries the course, the reader's scope and the day.
 */
@RestController
class CompletionsExportController {
    private final CourseCompletions completions;
    private final UserPreferences preferences;

    CompletionsExportController(CourseCompletions completions, UserPreferences preferences) {
        this.completions = completions;
        this.preferences = preferences;
    }

    @GetMapping("/export/course-completions.csv")
    void csv(@RequestParam(name = "course", required = false) String course, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        var locale = Downloads.locale(request, preferences);
        StreamedDownloads.attachment(response, completions.fileName(course) + ".csv", Downloads.CSV,
                out -> completions.csv(course, locale, out));
    }

    @GetMapping("/export/course-completions.xlsx")
    void xlsx(@RequestParam(name = "course", required = false) String course, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        var locale = Downloads.locale(request, preferences);
        StreamedDownloads.attachment(response, completions.fileName(course) + ".xlsx", Downloads.XLSX,
                out -> completions.xlsx(course, locale, out));
    }
}
