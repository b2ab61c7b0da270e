package dk.samspil.shared;

/** A rule violation that belongs next to one form field, named by its id. */
public abstract class FieldRefusedException extends BusinessException {

    private final String field;

    protected FieldRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
