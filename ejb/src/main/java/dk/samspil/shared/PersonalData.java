package dk.samspil.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a persistent field holds personal data, and of which kind: the register of personal
 * data (GDPR art. 30) is read from these declarations, the way Moodle's privacy API has each
 * component declare its data. {@code PersonalDataRegisterTest} fails when an entity with a field
 * that looks personal is not declared.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {

    Kind value();

    /** What the field tells about a person. */
    enum Kind {
        /** Who someone is: name, e-mail address. */
        IDENTITY,
        /** A link to a person's account: whose row this is. */
        PERSON,
        /** What a person wrote: motivations, reflections, comments, feedback. */
        CONTENT,
        /** What a person did or what happened to them: statuses, attendance, reads, times. */
        ACTIVITY
    }
}
