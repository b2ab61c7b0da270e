package dk.samspil.partner.web;

import dk.samspil.partner.boundary.PartnershipRow;
import dk.samspil.partner.boundary.Partnerships;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

@Named
@RequestScoped
public class MyPartnershipsBacking {

    @Inject
    Partnerships partnerships;

    @Inject
    LanguageBacking language;

    private List<PartnershipRow> rows;

    @PostConstruct
    void load() {
        rows = partnerships.findMine(language.getLocale());
    }

    public List<PartnershipRow> getRows() {
        return rows;
    }
}
