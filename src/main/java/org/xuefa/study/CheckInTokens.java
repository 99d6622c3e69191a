package org.xuefa.study;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xuefa.base.ClusterMode;

/**
 * Check-in codes that change every {@value #ROTATION_SECONDS} seconds: the session id, the 15-second slot (its low
 * ten bits) and an HMAC-SHA256 over both, in Crockford base32 so that they can be typed (about 12 characters).
 * A code is accepted during its slot and for {@code xuefa.checkin.grace-seconds} after it; an older one is
 * expired, and one whose signature does not match is invalid. The secret is {@code xuefa.checkin.secret}, or
 * random per start (codes then die with a restart). In cluster mode every node must verify what another issued, so
 * the secret must then be set, to at least {@value #CLUSTER_SECRET_MIN_BYTES} bytes, or the node refuses to start.
 */
@Component
public class CheckInTokens {
    public static final int ROTATION_SECONDS = 15;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int SLOT_CHARS = 2;
    private static final int SLOT_MODULUS = 1 << (5 * SLOT_CHARS);
    private static final int MAC_CHARS = 8;
    static final int CLUSTER_SECRET_MIN_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(CheckInTokens.class);

    public enum Status {
        VALID, EXPIRED, INVALID
    }

    /** The outcome of reading a code: the session it names when it is valid or expired. */
    public record Verdict(Status status, Long sessionId) {
    }

    private final SecretKeySpec key;
    private final long graceSeconds;

    @Autowired
    CheckInTokens(@Value("${xuefa.checkin.secret:}") String secret,
            @Value("${xuefa.checkin.grace-seconds:5}") long graceSeconds, ClusterMode cluster) {
        this(secret, graceSeconds, cluster.enabled());
    }

    CheckInTokens(String secret, long graceSeconds) {
        this(secret, graceSeconds, false);
    }

    CheckInTokens(String secret, long graceSeconds, boolean cluster) {
        if (cluster) {
            requireClusterSecret(secret);
        }
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            log.info("xuefa.checkin.secret is not set: check-in codes use a random secret until the next restart");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.graceSeconds = graceSeconds;
    }

    /** In cluster mode the secret must be shared by all nodes: set, and long enough to be a key. */
    static void requireClusterSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("Cluster mode needs xuefa.checkin.secret (XUEFA_CHECKIN_SECRET), the same "
                    + "on every node and at least " + CLUSTER_SECRET_MIN_BYTES + " bytes long: without it a check-in "
                    + "code shown by one node is refused by the others");
        }
        int length = secret.getBytes(StandardCharsets.UTF_8).length;
        if (length < CLUSTER_SECRET_MIN_BYTES) {
            throw new IllegalStateException("xuefa.checkin.secret (XUEFA_CHECKIN_SECRET) has " + length
                    + " bytes; cluster mode needs at least " + CLUSTER_SECRET_MIN_BYTES
                    + " (for example 'openssl rand -base64 32')");
        }
    }

    public long graceSeconds() {
        return graceSeconds;
    }

    /** The code for the session at the instant. */
    public String issue(long sessionId, Instant at) {
        long slot = slotOf(at);
        return encode(sessionId, 0) + encode(Math.floorMod(slot, SLOT_MODULUS), SLOT_CHARS) + mac(sessionId, slot);
    }

    /** When the code issued at the instant is replaced by the next one (its validity then lasts the grace). */
    public Instant rotatesAt(Instant at) {
        return Instant.ofEpochSecond((slotOf(at) + 1) * ROTATION_SECONDS);
    }

    /** Reads a code as typed or scanned: case and the look-alikes I, L, O do not matter. */
    public Verdict verify(String code, Instant now) {
        String c = normalize(code);
        if (c == null || c.length() <= SLOT_CHARS + MAC_CHARS || c.length() > SLOT_CHARS + MAC_CHARS + 12) {
            return new Verdict(Status.INVALID, null);
        }
        String idPart = c.substring(0, c.length() - SLOT_CHARS - MAC_CHARS);
        String slotPart = c.substring(idPart.length(), idPart.length() + SLOT_CHARS);
        String macPart = c.substring(idPart.length() + SLOT_CHARS);
        long sessionId = decode(idPart);
        long low = decode(slotPart);
        if (sessionId < 0 || low < 0) {
            return new Verdict(Status.INVALID, null);
        }
        long current = slotOf(now);
        long slot = current - Math.floorMod(current - low, SLOT_MODULUS);
        boolean signed = MessageDigest.isEqual(mac(sessionId, slot).getBytes(StandardCharsets.US_ASCII),
                macPart.getBytes(StandardCharsets.US_ASCII));
        if (!signed) {
            return new Verdict(Status.INVALID, null);
        }
        long validUntilMillis = ((slot + 1) * ROTATION_SECONDS + graceSeconds) * 1000;
        return new Verdict(now.toEpochMilli() < validUntilMillis ? Status.VALID : Status.EXPIRED, sessionId);
    }

    static long slotOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), ROTATION_SECONDS);
    }

    private String mac(long sessionId, long slot) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal(("xuefa-checkin:" + sessionId + ":" + slot).getBytes(StandardCharsets.US_ASCII));
            long bits = 0;
            for (int i = 0; i < 5; i++) {
                bits = (bits << 8) | (h[i] & 0xff);
            }
            return encode(bits, MAC_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Base32 of a non-negative number, left-padded to {@code width} characters (0 = as short as possible). */
    static String encode(long value, int width) {
        StringBuilder sb = new StringBuilder();
        long v = value;
        do {
            sb.append(ALPHABET.charAt((int) (v & 31)));
            v >>>= 5;
        } while (v != 0);
        while (sb.length() < width) {
            sb.append('0');
        }
        return sb.reverse().toString();
    }

    /** The number, or -1 when a character is not in the alphabet or it would overflow. */
    static long decode(String s) {
        if (s.isEmpty() || s.length() > 12) {
            return -1;
        }
        long v = 0;
        for (char ch : s.toCharArray()) {
            int d = ALPHABET.indexOf(ch);
            if (d < 0) {
                return -1;
            }
            v = (v << 5) | d;
        }
        return v;
    }

    static String normalize(String code) {
        if (code == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : code.trim().toUpperCase(Locale.ROOT).toCharArray()) {
            switch (ch) {
                case '-', ' ' -> {
                }
                case 'I', 'L' -> sb.append('1');
                case 'O' -> sb.append('0');
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
