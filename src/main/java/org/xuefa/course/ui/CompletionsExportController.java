package org.xuefa.course.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuefa.base.i18n.Messages;
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
        return file(completions.csv(course, locale(request)), "course-completions.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/export/course-completions.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "course", required = false) String course,
            HttpServletRequest request) {
        return file(completions.xlsx(course, locale(request)), "course-completions.xlsx", MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private Locale locale(HttpServletRequest request) {
        Locale asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Messages.CHINESE : request.getLocale();
        return Messages.supported(preferences.storedLocale().orElse(asked));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }
}
