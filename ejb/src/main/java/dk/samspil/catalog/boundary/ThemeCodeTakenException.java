package dk.samspil.catalog.boundary;

import dk.samspil.shared.BusinessException;

public class ThemeCodeTakenException extends BusinessException {

    public ThemeCodeTakenException(String code) {
        super("catalog.themes.code-taken", code);
    }
}
