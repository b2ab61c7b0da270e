package dk.samspil.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares that an entity holds no personal data (e.g. rooms, themes, anonymous evaluation answers), and why. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NoPersonalData {

    /** Why not, in a sentence, for the register. */
    String value();
}
