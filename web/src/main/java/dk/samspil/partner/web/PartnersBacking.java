package dk.samspil.partner.web;

import dk.samspil.partner.boundary.PartnerOrganisations;
import dk.samspil.partner.boundary.PartnerRow;
import dk.samspil.people.entity.PartnerKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.util.List;

/** consultant/partners.xhtml: every partner organisation, and the form that registers a new one. */
@Named
@RequestScoped
public class PartnersBacking {

    @Inject
    PartnerOrganisations organisations;

    private List<PartnerRow> rows;
    private final PartnerFormFields fields = new PartnerFormFields();

    @PostConstruct
    void load() {
        rows = organisations.findAll();
    }

    public String register() {
        long id = organisations.register(fields.getName(), fields.getKind(), fields.getDescription().getDa(),
                fields.getDescription().getEn());
        Messages.addFlashGlobalInfo("partner.organisations.registered", fields.getName());
        return "/consultant/partner?faces-redirect=true&id=" + id;
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public List<PartnerRow> getRows() {
        return rows;
    }

    public PartnerFormFields getFields() {
        return fields;
    }
}
