package dk.samspil.shared;

/** Something the caller asked for does not exist, or is not theirs to see: both look the same. */
public abstract class NotFoundException extends BusinessException {

    protected NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
