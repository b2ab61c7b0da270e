package dk.samspil.people.web;

import dk.samspil.people.entity.Ean;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.omnifaces.util.Messages;

/** An EAN field ({@code <f:validator validatorId="samspil.Ean"/>}): blank, or 13 digits whose check digit adds up. */
@FacesValidator("samspil.Ean")
public class EanValidator implements Validator<String> {

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value != null && !value.isBlank() && !Ean.isValid(value.strip())) {
            throw new ValidatorException(Messages.createError("people.institution.ean-invalid"));
        }
    }
}
