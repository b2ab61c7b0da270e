package dk.samspil.reporting.boundary;

import dk.samspil.shared.BusinessException;

/** A report asked for with parameters that name no semester. */
public class ReportRefusedException extends BusinessException {

    public ReportRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
