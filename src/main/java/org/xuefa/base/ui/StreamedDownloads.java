package org.xuefa.base.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Export endpoints that stream: the controller names the file and the body writes straight into the response, on
 * the request's thread (so the caller's security context and the service's transaction hold while rows are read).
 * The service checks role and scope before it writes its first byte, so a refusal is still a clean 403.
 */
public final class StreamedDownloads {
    private StreamedDownloads() {
    }

    /** Writes an attachment; {@code body} runs with the response's output stream. */
    public static void attachment(HttpServletResponse response, String fileName, MediaType type, Body body)
            throws IOException {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        OutputStream out = response.getOutputStream();
        body.write(out);
        out.flush();
    }

    /** Writes the file's content. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** A file-name part made of safe characters: letters, digits, '-', '_' and '+' (unit codes are of that kind). */
    public static String safe(String part) {
        return part == null ? "" : part.replaceAll("[^A-Za-z0-9_+-]", "_");
    }
}
