package dk.samspil.reflection.boundary;

import dk.samspil.shared.NotFoundException;

/** No such reflection or module, or not one the caller may see: both look the same. */
public class ReflectionNotFoundException extends NotFoundException {

    public ReflectionNotFoundException() {
        super("reflection.not-found");
    }
}
