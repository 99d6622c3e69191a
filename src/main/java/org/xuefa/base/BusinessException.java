package org.xuefa.base;

import java.util.Arrays;

/**
 * A rule a user broke, carrying a translation key and its arguments so that the view shows it in the user's
 * language.
 */
public class BusinessException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public BusinessException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
