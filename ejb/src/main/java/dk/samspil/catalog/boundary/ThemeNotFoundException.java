package dk.samspil.catalog.boundary;

import dk.samspil.shared.NotFoundException;

public class ThemeNotFoundException extends NotFoundException {

    public ThemeNotFoundException(String code) {
        super("catalog.themes.not-found", code);
    }
}
