package dk.samspil.shared;

import java.io.Serializable;

import jakarta.ejb.ApplicationException;

import java.util.List;

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

    /** The id of the form field the message belongs next to, or null for a message about the whole page. */
    public String field() {
        return null;
    }

    /** Further messages, one per problem, when one action is refused for several reasons at once. */
    public List<Detail> details() {
        return List.of();
    }

    /** One translatable message: a bundle key and its arguments. */
    public record Detail(String key, Object... arguments) implements Serializable {
    }
}
