package org.xuefa.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before the password was checked: too many failures; the login page says when to retry. */
public class SignInThrottledException extends AuthenticationException {
    private final Instant retryAt;

    public SignInThrottledException(Instant retryAt) {
        super("Too many failed sign-ins; retry at " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
