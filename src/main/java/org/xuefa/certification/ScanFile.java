package org.xuefa.certification;

/** A scanned copy to send: its bytes, checked content type and a file name made from the credential. */
public record ScanFile(byte[] content, String contentType, String fileName) {
}
