package org.xuefa.base.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.xuefa.base.i18n.Messages;

/** What the export endpoints share: the reader's language and the attachment response. */
public final class Downloads {
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** The user's stored language, else the browser's; without an Accept-Language header, Chinese. */
    public static Locale locale(HttpServletRequest request, UserPreferences preferences) {
        // without the header the servlet reports the server's locale, but Chinese is our default
        Locale asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Messages.CHINESE : request.getLocale();
        return Messages.supported(preferences.storedLocale().orElse(asked));
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
