package org.xuefa.course.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.ui.Downloads;
import org.xuefa.base.ui.UserPreferences;
import org.xuefa.course.CourseCompletions;

/** Downloads of the course-completion report; the service checks role and scope. */
@RestController
class CompletionsExportController {
    private final CourseCompletions completions;
    private final UserPreferences preferences;

    CompletionsExportController(CourseCompletions completions, UserPreferences preferences) {
        this.completions = completions;
        this.preferences = preferences;
    }

    @GetMapping("/export/course-completions.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "course", required = false) String course,
            HttpServletRequest request) {
        return Downloads.attachment(completions.csv(course, Downloads.locale(request, preferences)),
                "course-completions.csv", Downloads.CSV);
    }

    @GetMapping("/export/course-completions.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "course", required = false) String course,
            HttpServletRequest request) {
        return Downloads.attachment(completions.xlsx(course, Downloads.locale(request, preferences)),
                "course-completions.xlsx", Downloads.XLSX);
    }
}
