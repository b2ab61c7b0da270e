package dk.samspil.partner.web;

import dk.samspil.partner.entity.AgeGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** For pages below partners that link to their offers: a coverage gap's grade as the offers search's age group. */
@Named
@ApplicationScoped
public class OfferLinks {

    public String ageGroupOf(int grade) {
        return AgeGroup.ofGrade(grade).name();
    }
}
