package dk.samspil.shared.web;

import dk.samspil.shared.BusinessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.omnifaces.util.Messages;

import java.util.Iterator;

/**
 * The one place where a broken business rule becomes a message: the action's transaction has
 * been rolled back, the person sees what to do in their language, and the same page is shown
 * again with what they typed. Everything else goes on to the error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            BusinessException rule = businessCause(events.next().getContext().getException());
            if (rule != null) {
                Messages.addGlobalError(rule.messageKey(), rule.arguments());
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static BusinessException businessCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException rule) {
                return rule;
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
