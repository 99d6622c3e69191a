package org.xuefa.study;

import java.io.Serializable;
import java.time.Instant;

/**
 * A check-in code that was valid when a signed-out phone opened it. Kept in that browser's HTTP session (which
 * survives signing in), so the check-in can complete after the login even though the code has rotated meanwhile.
 * It is set only by the server ({@link CheckInScanFilter}), never taken from the request.
 */
public record PendingScan(String code, Instant scannedAt) implements Serializable {
    public static final String ATTRIBUTE = PendingScan.class.getName();
}
