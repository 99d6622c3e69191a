package org.xuefa.study;

/** An attachment's content to download, with the name and type to send it under. */
public record AttachmentFile(byte[] content, String contentType, String fileName) {
}
