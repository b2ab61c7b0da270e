package dk.samspil.shared.web;

import dk.samspil.shared.BusinessException;
import dk.samspil.shared.DatabaseFailures;
import dk.samspil.shared.WriteConflicts;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import org.omnifaces.util.Messages;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * The one place where a broken business rule becomes a message: the action's transaction has
 * been rolled back, the person sees what to do in their language, and the same page is shown
 * again with what they typed. A lost optimistic-locking race is told the same way; a boundary's
 * refusal of the caller's role is a 403; a form the server cannot trust any more is a 400; a
 * database that cannot be reached is a 503.
 * Everything else goes on to the error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    /** Two people saved the same thing at once: the second is told, nothing is overwritten. */
    static final String CHANGED_MEANWHILE = "common.changed-meanwhile";

    private static final Logger LOG = Logger.getLogger(BusinessExceptionHandler.class.getName());

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            BusinessException rule = cause(thrown, BusinessException.class);
            if (rule != null) {
                tell(rule);
                events.remove();
            } else if (cause(thrown, OptimisticLockException.class) != null) {
                Messages.addGlobalError(CHANGED_MEANWHILE);
                events.remove();
            } else if (cause(thrown, EJBAccessException.class) != null && refuse()) {
                events.remove();
            } else if (isStaleForm(thrown) && answerStale(thrown)) {
                events.remove();
            } else if (WriteConflicts.lost(thrown) && answerBusy()) {
                events.remove();
            } else if (DatabaseFailures.unreachable(thrown) && answerOutage(thrown)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /**
     * A boundary refused the caller's role: the page answers 403 (as the URL rules would) instead of a
     * server error, and the refusal is a security event. False when the response has already begun.
     */
    private static boolean refuse() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        SECURITY.log(System.Logger.Level.WARNING, "Refused {0} to {1}", external.getRemoteUser(),
                external.getRequestServletPath());
        return answer(403);
    }

    /**
     * A form whose view state this server does not know (expired, from another session, forged) or
     * whose CSP nonce does not match: the request is refused with 400 and a page that offers to open
     * the form again (an Ajax request is sent to the page afresh), and one warning without a stack
     * trace. False when the response has already begun.
     */
    private static boolean answerStale(Throwable thrown) {
        FacesContext context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        LOG.warning(() -> "Refused a form post to " + external.getRequestServletPath() + " by "
                + (external.getRemoteUser() == null ? "an anonymous visitor" : external.getRemoteUser())
                + ": " + thrown.getClass().getSimpleName() + " (" + thrown.getMessage() + ")");
        if (context.getPartialViewContext().isAjaxRequest() && !external.isResponseCommitted()) {
            try {
                external.redirect(external.getRequestContextPath() + external.getRequestServletPath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
            return true;
        }
        external.getRequestMap().put(ErrorStatus.STALE_FORM, Boolean.TRUE);
        return answer(400);
    }

    /**
     * The database could not be reached: the watch hears of it (and logs it, once per outage) and the
     * page answers 503 with the translated outage page, without a stack trace. False when the
     * response has already begun.
     */
    private static boolean answerOutage(Throwable thrown) {
        CDI.current().select(DatabaseWatch.class).get().failed(thrown);
        FacesContext.getCurrentInstance().getExternalContext()
                .setResponseHeader("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS);
        return answer(503);
    }

    /**
     * The change lost its write conflict on every attempt ({@link WriteConflicts}): nothing of it was
     * saved; the page answers 503 and says that Samspil is busy. No outage: the watch is not told.
     */
    private static boolean answerBusy() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getRequestMap().put(DatabaseOutageFilter.BUSY, Boolean.TRUE);
        external.setResponseHeader("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS);
        return answer(503);
    }

    /** The status's error page instead of the view; false when the response has already begun. */
    private static boolean answer(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    private static boolean isStaleForm(Throwable thrown) {
        return cause(thrown, ViewExpiredException.class) != null || cause(thrown, ProtectedViewException.class) != null
                || cause(thrown, CspException.class) != null;
    }

    /** Next to the field the rule names when the page has it, otherwise at the top; then every detail. */
    private static void tell(BusinessException rule) {
        String clientId = rule.field() == null ? null : clientIdOf(rule.field());
        if (clientId != null) {
            Messages.addError(clientId, rule.messageKey(), rule.arguments());
            Messages.addGlobalError("common.see-field");
        } else {
            Messages.addGlobalError(rule.messageKey(), rule.arguments());
        }
        rule.details().forEach(detail -> Messages.addGlobalError(detail.key(), detail.arguments()));
    }

    private static String clientIdOf(String id) {
        FacesContext context = FacesContext.getCurrentInstance();
        String[] found = new String[1];
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (id.equals(component.getId())) {
                found[0] = component.getClientId(context);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** Registered in faces-config after OmniFaces' factory, so it sees exceptions first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
