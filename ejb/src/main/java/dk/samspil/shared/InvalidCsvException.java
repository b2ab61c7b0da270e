package dk.samspil.shared;

/** An uploaded CSV file that cannot be read as a table at all; problems of single rows are reported per row instead. */
public class InvalidCsvException extends BusinessException {

    public InvalidCsvException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public String field() {
        return "file";
    }
}
