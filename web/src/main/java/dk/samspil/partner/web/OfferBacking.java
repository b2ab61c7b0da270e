package dk.samspil.partner.web;

import dk.samspil.partner.boundary.OfferCatalog;
import dk.samspil.partner.boundary.OfferDetails;
import dk.samspil.partner.boundary.OfferNotFoundException;
import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.omnifaces.util.Faces;

/** catalog/offer.xhtml?id=: one published offer, its periods and places left; its contact's address for people logged in. */
@Named
@RequestScoped
public class OfferBacking {

    @Inject
    OfferCatalog catalog;

    @Inject
    LanguageBacking language;

    @Inject
    SecurityContext security;

    private String id;
    private OfferDetails offer;

    public void load() {
        try {
            offer = catalog.published(AddressParameters.id(id), language.getLocale(), security.getCallerPrincipal() != null);
        } catch (OfferNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OfferDetails getOffer() {
        return offer;
    }
}
