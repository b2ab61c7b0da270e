package dk.samspil.catalog.boundary;

import dk.samspil.shared.BusinessException;

import java.util.List;

/**
 * A session that double-books a room or a facilitator, or lies outside the course's period, is
 * not saved until the consultant has read why and confirmed.
 */
public class SchedulingWarningsException extends BusinessException {

    private final List<Detail> warnings;

    public SchedulingWarningsException(List<Detail> warnings) {
        super("catalog.session.warnings");
        this.warnings = List.copyOf(warnings);
    }

    @Override
    public List<Detail> details() {
        return warnings;
    }
}
