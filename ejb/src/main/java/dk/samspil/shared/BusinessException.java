package dk.samspil.shared;

import jakarta.ejb.ApplicationException;

/**
 * Root of every rule violation a user can act on. The message is a bundle key, so the web layer
 * can translate it; the transaction is rolled back so nothing is half-written.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
