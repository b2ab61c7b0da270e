package dk.samspil.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Set;

/**
 * A page shown to someone without an HTTP session is a stateless (transient) view: no view state
 * is kept on the server, so a visitor who only reads the catalogue, a course, the login page or a
 * certificate check never gets a session. A form on such a page still posts: the view is built
 * again from its page. A session begins where something needs one: at login, or on the pages
 * below, whose form keeps state between requests (a view-scoped backing bean).
 * <p>
 * Decided twice with the same rule: as the view handler creates a view (before PrimeFaces would
 * keep its CSP nonce in the view's state) and by the layout's {@code <f:view transient>} (which
 * also covers a view rebuilt for a stateless postback), through the bean {@code statelessViews}.
 */
public class StatelessViews extends ViewHandlerWrapper {

    static final Set<String> STATEFUL_FORMS = Set.of("/register.xhtml", "/register-confirm.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (isStateless(context, viewId)) {
            view.setTransient(true);
        }
        return view;
    }

    static boolean isStateless(FacesContext context, String viewId) {
        return context.getExternalContext().getSession(false) == null && !STATEFUL_FORMS.contains(viewId);
    }

    /** For the layout: {@code <f:view transient="#{statelessViews.current}">}. */
    @Named("statelessViews")
    @ApplicationScoped
    public static class Current {

        public boolean isCurrent() {
            FacesContext context = FacesContext.getCurrentInstance();
            return isStateless(context, context.getViewRoot().getViewId());
        }
    }
}
