package io.github.zvhsdk.model;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws on purpose. Its messages never contain a BSN, a name or free
 * text from the input beyond the offending token.
 */
public class ZvhException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message a message that is safe to log; never null
     */
    public ZvhException(String message) {
        super(message);
    }

    /**
     * @param message a message that is safe to log; never null
     * @param cause the underlying cause; may be null
     */
    public ZvhException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
