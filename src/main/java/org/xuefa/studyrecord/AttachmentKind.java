package org.xuefa.studyrecord;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a session record accepts, told apart by their content, never by their name: JPEG, PNG and PDF
 * by their first bytes; PowerPoint and Word files are ZIP archives ({@code PK\3\4}) whose part names say which.
 */
public enum AttachmentKind {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;
    private final String extension;

    AttachmentKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG;
    }

    /** What the content is, or empty when it is none of the accepted kinds (an XLSX or any other ZIP included). */
    static Optional<AttachmentKind> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC) && contains(content, "[Content_Types].xml")) {
            // part names are stored uncompressed in the archive's headers
            if (contains(content, "ppt/presentation.xml")) {
                return Optional.of(PPTX);
            }
            if (contains(content, "word/document.xml")) {
                return Optional.of(DOCX);
            }
        }
        return Optional.empty();
    }

    public static AttachmentKind ofContentType(String contentType) {
        return Arrays.stream(values()).filter(k -> k.contentType.equals(contentType)).findFirst().orElse(PDF);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean contains(byte[] content, String name) {
        byte[] needle = name.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
