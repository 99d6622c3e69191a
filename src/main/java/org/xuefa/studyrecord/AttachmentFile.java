package org.xuefa.studyrecord;

/** An attachment's content to download, with the name and type to send it under. */
public record AttachmentFile(byte[] content, String contentType, String fileName) {
}
